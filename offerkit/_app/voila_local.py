"""Voila for one person on this machine: the ``Host`` header is checked, and only a few kernels run at once.

Voila turns Jupyter's host check off (``allow_remote_access=True``); here it is on again, so a web page on
another name that rebinds its DNS to 127.0.0.1 is refused (403) before any page or kernel is served: only
``localhost`` and loopback addresses are accepted.  Every page load starts a kernel (about 220 MB); at most
:data:`MAX_KERNELS` run at once, and a new page stops the one idle the longest (the idle timeout of
``offerkit dashboard`` stops the rest).

Run as ``python -m offerkit._app.voila_local NOTEBOOK [voila options]`` (what ``offerkit dashboard`` does).
"""

from __future__ import annotations

from jupyter_core.utils import ensure_async
from voila.app import Voila

__all__ = ["LocalVoila", "MAX_KERNELS", "main"]

MAX_KERNELS = 3


class LocalVoila(Voila):
    """:class:`voila.app.Voila` with the host check on and a cap on running kernels."""

    def init_settings(self):
        settings = super().init_settings()
        settings["allow_remote_access"] = False
        settings["local_hostnames"] = ["localhost"]
        cap_kernels(self.kernel_manager, MAX_KERNELS)
        return settings


def cap_kernels(manager, limit):
    """Make ``manager.start_kernel`` stop the longest-idle kernels first, so at most ``limit`` run."""
    start = manager.start_kernel

    async def start_capped(*args, **kwargs):
        ids = list(manager.list_kernel_ids())
        while len(ids) >= limit:
            idle = min(ids, key=lambda k: manager.get_kernel(k).last_activity)
            await ensure_async(manager.shutdown_kernel(idle, now=True))
            ids.remove(idle)
        return await ensure_async(start(*args, **kwargs))

    manager.start_kernel = start_capped
    return manager


main = LocalVoila.launch_instance

if __name__ == "__main__":
    main()
