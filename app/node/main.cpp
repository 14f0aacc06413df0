#include "node/NodeCommandLine.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MatchDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("MatchDesk"));
    return NodeCommandLine::run(QCoreApplication::arguments());
}
