"""Build-time code: training the embedded heads and checking the labelled data.

Nothing on the runtime path (``shieldwall check``, the Guard, the service) imports this package.
"""
