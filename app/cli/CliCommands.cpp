#include "CliCommands.h"

#include "AlertsCommand.h"
#include "EvalCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "NodesCommand.h"
#include "PatientsCommand.h"
#include "QueryCommand.h"
#include "SplitCommand.h"

std::vector<std::unique_ptr<CliCommand>> allCliCommands()
{
    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<AlertsCommand>());
    commands.push_back(std::make_unique<EvalCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<NodesCommand>());
    commands.push_back(std::make_unique<PatientsCommand>());
    commands.push_back(std::make_unique<QueryCommand>());
    commands.push_back(std::make_unique<SplitCommand>());
    return commands;
}
