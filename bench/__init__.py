"""Speed measurements of the built site in headless Chromium (``make bench``); not part of the site."""
