// Keeps lkui linkable while it has no sources of its own.
