#include "TemporaryProfile.h"

TemporaryProfile::TemporaryProfile()
    : m_dir(QDir::tempPath() + QStringLiteral("/matchdesk-test-XXXXXX"))
{
}
