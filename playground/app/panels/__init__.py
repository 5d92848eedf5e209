"""Control panels: each edits a part of the TrainConfig or the data and says so by a signal."""
