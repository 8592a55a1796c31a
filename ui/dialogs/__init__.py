"""Dialogs opened from the Extra menu; each module offers `open_dialog(ctx, parent)`. Besides
them, `network_dialog` (new, renamed and archived networks) opens from Bestand and the switcher."""
