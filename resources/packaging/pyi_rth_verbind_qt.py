"""PyInstaller run-time hook of the frozen build, in place of PyInstaller's own PySide6 hook.

That hook imports PySide6.QtCore at every start to register an embedded qt.conf, which loads
Qt and ICU (≈ 0.1 s) even for `verbind --version` or any other command that never shows a
window. This one sets the same paths at once and registers the qt.conf right after the first
import of PySide6.QtCore, so the commands of the CLI start without Qt."""

import importlib.abc
import importlib.util
import os
import sys

from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
from _pyi_rth_utils import qt as _qt

_qt.ensure_single_qt_bindings_package("PySide6")
_QT_DIR = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") else \
    os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_QT_DIR, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_QT_DIR, "qml")
if sys.platform.startswith("win"):
    prepend_path_to_environment_variable(sys._MEIPASS, "PATH")
if sys.platform == "darwin" and not is_macos_app_bundle:
    prepend_path_to_environment_variable(sys._MEIPASS, "DYLD_LIBRARY_PATH")


class _QtConfAfterQtCore(importlib.abc.MetaPathFinder):
    """Finds nothing itself: on the first import of PySide6.QtCore it wraps that module's loader so
    the qt.conf is registered as soon as the module is there, then steps out of the way."""

    def find_spec(self, name, path, target=None):  # noqa: ANN001, ANN201 - the finder protocol
        if name != "PySide6.QtCore":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        load = spec.loader.exec_module

        def exec_module(module):  # noqa: ANN001, ANN202
            load(module)
            _qt.create_embedded_qt_conf("PySide6", _QT_DIR)

        spec.loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _QtConfAfterQtCore())
