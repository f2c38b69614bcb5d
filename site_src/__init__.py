"""Build-time and front-end code of the course site (MkDocs hooks, the demo fence, JS and CSS)."""
