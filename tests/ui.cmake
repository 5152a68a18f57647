# Widget and model tests: one executable per class, offscreen.
