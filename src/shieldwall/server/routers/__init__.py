"""The service's endpoints, one router per area (each reaches shared state via ``get_state``)."""
