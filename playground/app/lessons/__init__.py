"""The window's side of lessons: carry out steps, step through them by key, render to video."""
