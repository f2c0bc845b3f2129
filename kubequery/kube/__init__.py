"""Talking to a Kubernetes API server: kubeconfig selection, the HTTP client, status → error.

Only `client.py` imports the `kubernetes` package (for configuration, auth and
its urllib3 transport); the rest of kubequery sees raw JSON bytes and the
errors of `errors.py`.
"""
