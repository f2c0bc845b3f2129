"""kubequery: read-only SQL (and plain-language questions) over Kubernetes objects."""

__version__ = "0.1.0"
