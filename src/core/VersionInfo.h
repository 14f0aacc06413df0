#pragma once

#include <QString>

// The text printed by every executable's --version.
namespace VersionInfo {
QString text(const QString& executableName);
}
