using Ips.Core.Fidelity.Tool;

// ips-fidelity: see FidelityTool (exit codes 0 done, 1 invalid input, 2 usage).
// The progress bar of a long batch goes to standard error only when that is a terminal, never into a redirected stream.
return FidelityTool.Run(args, Console.In, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
