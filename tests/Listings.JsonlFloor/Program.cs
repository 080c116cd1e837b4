using System;
using Listings.Benchmarks;

// jsonl-floor [ANSWER-BYTES]: stdin to stdout, one fixed answer a line (of ANSWER-BYTES bytes: the
// floor of writing answers as large as the tool's).
using var stdin = Console.OpenStandardInput();
using var stdout = Console.OpenStandardOutput();
JsonlFloor.Run(stdin, stdout, args.Length > 0 && int.TryParse(args[0], out var bytes) ? bytes : 0);
return 0;
