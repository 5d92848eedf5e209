"""Views: widgets that draw the model and the newest training snapshot, and take mouse input."""
