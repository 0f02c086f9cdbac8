using Ips.Core.Fidelity.Tool;

// ips-fidelity: see FidelityTool (exit codes 0 done, 1 invalid input, 2 usage).
return FidelityTool.Run(args, Console.In, Console.Out, Console.Error);
