#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

// Every subcommand of matchdesk-cli, in the order --help lists them.
std::vector<std::unique_ptr<CliCommand>> allCliCommands();
