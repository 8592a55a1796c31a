"""Main-window tabs. Each tab lives in `ui/tabs/<key>/view.py` and defines `Tab(ctx)`.

TAB_KEYS is the order of the tabs; the main window shows only those whose module exists.
"""

TAB_KEYS = ("overview", "network", "stakeholders", "ambassadors", "trajectories", "activities", "report")
