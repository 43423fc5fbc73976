"""Reading levels for stories: the meter (meter.py), textstat kept offline (offline.py), the
publish gate (gate.py) and the editor's panel (panels.py, views.py)."""
