"""Runs: run A and its forks alike, each with the client that drives its training process."""
