"""`python -m eval`: run the harness (see `python -m eval --help`)."""

from eval.harness.cli import main

if __name__ == "__main__":
    main(prog_name="python -m eval")
