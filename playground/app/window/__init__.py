"""The main window: its layout, menus, shortcuts, messages and the collaborators it composes."""
