"""Every registry name and engine description the window shows is marked for translation."""

from playground.app import names
from playground.engine import activations, generators, losses, optimizers, surfaces
from playground.engine.config import INITS, REGULARIZATIONS, TASKS


def test_every_registry_name_is_listed_for_translation():
    registries = (activations.names(), losses.names("classification"),
                  losses.names("regression"), optimizers.names(), generators.names(),
                  surfaces.names(), INITS, REGULARIZATIONS, TASKS)
    unlisted = {name for registry in registries for name in registry} - set(names.NAMES)
    assert not unlisted


def test_every_dataset_description_is_listed_for_translation():
    described = {generators.info(name).description for name in generators.names()}
    assert described <= set(names.DESCRIPTIONS)
