"""Dialogs opened from the Extra menu; each module offers `open_dialog(ctx, parent)`."""
