"""posapp's test suite: ``tests/<area>/test_<subject>.py``, the areas mirroring the packages."""
