"""The optimizer race as data: which optimizers walk, with which settings, from where (no Qt).

Every racer is a surfaces.Descent, so the update rules are the engine's own. Presets set a
surface, a start and each racer's learning rate; the textbook one is Saito's comparison
("Deep Learning from Scratch", ch. 6) on x²/20 + y² from (-7, 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from playground.engine import optimizers, surfaces

# The options each optimizer's row offers, with the registry's defaults.
OPTIONS: dict[str, dict[str, float]] = {
    "momentum": {"momentum": 0.9}, "nesterov": {"momentum": 0.9}, "rmsprop": {"alpha": 0.99},
    "adam": {"beta1": 0.9, "beta2": 0.999},
}
SURFACE_LR = {"ravine": 0.1, "rosenbrock": 0.001, "beale": 0.003, "saddle": 0.01,
              "himmelblau": 0.01}  # each surface's starting rate: every racer stays in range for
# 1,000 steps, except on the saddle, where anything with momentum runs off (it has no bottom)


@dataclass(frozen=True)
class Preset:
    """A surface, a start and the racers with their learning rates, plus what to look for."""

    surface: str
    start: tuple[float, float]
    rates: dict[str, float]
    caption: str


PRESETS = {
    "textbook": Preset(
        "ravine", (-7.0, 2.0), {"sgd": 0.95, "momentum": 0.1, "adagrad": 1.5, "adam": 0.3},
        "SGD zig-zags across the narrow valley; momentum overshoots the minimum and rolls back; "
        "Adagrad's steps shrink as its squared gradients add up; Adam takes steps of about the "
        "same size in x and y, so it cuts across the valley and curves in."),
}


def registry_options(name: str, values: dict[str, float]) -> dict:
    """The row's option values as the optimizer registry takes them (beta1, beta2 -> betas)."""
    if name == "adam":
        return {"betas": (values.get("beta1", 0.9), values.get("beta2", 0.999))}
    return dict(values)


@dataclass
class Racer:
    """One optimizer in the race: its settings and its walk."""

    optimizer: str
    lr: float
    options: dict[str, float] = field(default_factory=dict)
    walk: surfaces.Descent | None = None

    def start(self, surface: surfaces.Surface, point: tuple[float, float]) -> None:
        """Begin a fresh walk from point."""
        self.walk = surfaces.Descent(surface, self.optimizer, point, self.lr,
                                     **registry_options(self.optimizer, self.options))

    def set(self, lr: float, options: dict[str, float]) -> None:
        """New settings; a walk under way goes on with them (ValueError: nothing changes)."""
        if self.walk is not None:
            self.walk.set_options(lr, **registry_options(self.optimizer, options))
        else:
            optimizers.get(self.optimizer, lr, **registry_options(self.optimizer, options))
        self.lr, self.options = lr, dict(options)


class Race:
    """Several optimizers walking down one surface from one start, stepped together."""

    def __init__(self, surface: str = "ravine") -> None:
        self.racers = {name: Racer(name, SURFACE_LR[surface], dict(OPTIONS.get(name, {})))
                       for name in optimizers.names()}
        self.chosen: list[str] = ["sgd", "momentum", "adagrad", "adam"]
        self.set_surface(surface)

    @property
    def steps(self) -> int:
        """Steps taken since the start."""
        walks = [self.racers[name].walk for name in self.chosen]
        return max((len(w.path) - 1 for w in walks if w is not None), default=0)

    def set_surface(self, name: str, start: tuple[float, float] | None = None) -> None:
        """Race on surface `name` from `start` (its own start by default), from step 0."""
        self.surface = surfaces.get(name)
        self.start = tuple(start) if start is not None else self.surface.start
        self.reset()

    def use_preset(self, name: str) -> Preset:
        """Set up a preset race: surface, start, racers and their learning rates."""
        preset = PRESETS[name]
        self.configure(preset.surface, preset.rates, preset.start)
        return preset

    def configure(self, surface: str, rates: dict[str, float], start: tuple[float, float]) -> None:
        """Race exactly these optimizers (name -> learning rate, default options) down
        `surface` from `start`, from step 0."""
        for optimizer, lr in rates.items():
            racer = self.racers[optimizer]
            racer.lr, racer.options = lr, dict(OPTIONS.get(optimizer, {}))
        self.chosen = [name for name in optimizers.names() if name in rates]
        self.set_surface(surface, start)

    def choose(self, optimizer: str, on: bool) -> None:
        """Add an optimizer to the race (starting where the others started) or take it out."""
        if on and optimizer not in self.chosen:
            self.chosen = [n for n in optimizers.names() if n in self.chosen or n == optimizer]
            self.racers[optimizer].start(self.surface, self.start)
        elif not on and optimizer in self.chosen:
            self.chosen.remove(optimizer)

    def move_start(self, point: tuple[float, float]) -> None:
        """Every racer starts again from point."""
        self.start = (float(point[0]), float(point[1]))
        self.reset()

    def reset(self) -> None:
        """Every racer back at the start, with fresh optimizer state."""
        for racer in self.racers.values():
            racer.start(self.surface, self.start)

    def step(self) -> None:
        """One step for every chosen racer (a diverged one stays at its last finite point)."""
        for name in self.chosen:
            self.racers[name].walk.step()
