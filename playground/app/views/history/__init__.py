"""How a run's past is kept and shown: stored boundaries, the timeline slider, the onion skin."""
