"""Pure-Python core shared by the course demos (runs in CPython and in Pyodide)."""
