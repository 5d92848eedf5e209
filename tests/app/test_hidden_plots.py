"""A plot in a hidden tab keeps its rows and draws them all once its tab is shown."""

import numpy as np

from playground.app.views.frame_renderer import MOST_PENDING
from playground.training.protocol import Goal
from tests.app.windows import FRAME_TIMEOUT, started_window


def test_the_hidden_plot_waits_for_its_tab_and_then_has_every_epoch(qtbot, tmp_path):
    window = started_window(qtbot, tmp_path, (1280, 720))
    plots, gradients, losses = window.inside.plots, window.inside.gradient_plot, window.loss_plot
    plots.setCurrentWidget(losses)
    client = window.runs.main.client
    with qtbot.waitSignal(client.reached, timeout=FRAME_TIMEOUT,
                          check_params_cb=lambda reply: reply.sequence == 7):
        window.runs.broadcast(Goal(40, None, 7))
    qtbot.waitUntil(lambda: window.runs.main.last_frame.snapshot.epoch == 40)
    window.renderer.draw_pending()
    assert len(losses.curve("train_loss").getData()[0]) == 40
    assert gradients.n_layers == 0  # not one row drawn into the hidden tab

    with qtbot.waitSignal(window.renderer.drew, timeout=FRAME_TIMEOUT):
        plots.setCurrentWidget(gradients)  # its Show event wakes the slow views' turns
    window.renderer.draw_pending()
    assert gradients.n_layers > 0
    assert len(gradients.curve(0).getData()[0]) == 40
    window.close()


def test_rows_kept_for_a_hidden_plot_are_joined_not_piled_up(qtbot, tmp_path):
    window = started_window(qtbot, tmp_path, (1280, 720))
    renderer, gradients = window.renderer, window.inside.gradient_plot
    window.inside.plots.setCurrentWidget(window.loss_plot)
    assert not gradients.isVisible()
    pending = renderer._rows[gradients]
    pending.clear()
    for epoch in range(3 * MOST_PENDING):  # a frame's rows, then the slow views' turns
        pending.append({"epoch": np.array([epoch + 1.0]), "grad_norms": np.array([[0.5, 0.25]])})
        renderer.draw_pending()
    assert len(pending) <= MOST_PENDING + 1
    assert sum(len(rows["epoch"]) for rows in pending) == 3 * MOST_PENDING
    window.inside.plots.setCurrentWidget(gradients)
    assert gradients.isVisible()
    window.renderer.draw_pending()
    assert not pending
    assert len(gradients.curve(0).getData()[0]) == 3 * MOST_PENDING
    window.close()
