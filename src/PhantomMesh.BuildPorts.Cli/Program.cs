using PhantomMesh.BuildPorts.Cli;

return PhantomGen.Run(args, CliConsole.System(), Environment.CurrentDirectory);
