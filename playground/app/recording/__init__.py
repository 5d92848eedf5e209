"""Recording parts: frame grabbing, encoders (MP4, GIF), the writer thread, the indicator."""
