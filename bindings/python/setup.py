"""Marks the wheel as platform-specific: it bundles libipsfidelity.so (linux-x64), so it is not a pure-Python wheel."""
import sysconfig

from setuptools import setup
from setuptools.dist import Distribution

try:
    from wheel.bdist_wheel import bdist_wheel as _bdist_wheel
except ImportError:  # pragma: no cover - wheel is a build requirement
    _bdist_wheel = None


class BinaryDistribution(Distribution):
    def has_ext_modules(self):
        return True


cmdclass = {}
if _bdist_wheel is not None:

    class bdist_wheel(_bdist_wheel):
        # Any CPython 3 on linux-x64 (ctypes only, no C extension): py3-none-<platform>.
        def finalize_options(self):
            super().finalize_options()
            self.root_is_pure = False

        def get_tag(self):
            return "py3", "none", sysconfig.get_platform().replace("-", "_").replace(".", "_")

    cmdclass["bdist_wheel"] = bdist_wheel

setup(distclass=BinaryDistribution, cmdclass=cmdclass)
