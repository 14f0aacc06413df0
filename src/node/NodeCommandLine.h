#pragma once

#include <QStringList>

// `matchdesk-node` subcommands (the app's main only forwards to run()):
//   import --db FILE FILE...        phenopackets (JSON, JSON array, JSON Lines, gzip) or MME patients
//   serve --db FILE --listen HOST:PORT --clients FILE [--tls-cert F --tls-key F] [...]
//   add-client --clients FILE --name NAME   prints a new token once; stores only its SHA-256
// Returns the process exit code (0 ok, 1 failure, 2 usage error).
namespace NodeCommandLine {
int run(const QStringList& arguments);
}
