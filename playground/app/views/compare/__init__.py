"""The compare strip: a tile per run, and the view that keeps it in step with the runs."""
