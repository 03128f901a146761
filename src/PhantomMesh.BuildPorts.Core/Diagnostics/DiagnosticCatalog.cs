namespace PhantomMesh.BuildPorts.Diagnostics;

using static DiagnosticSeverity;

/// <summary>
/// Every diagnostic code the tool can report. Codes are stable: a code is never reused for
/// another meaning. PM1xxx are spec errors, PM2xxx warnings, PM3xxx template and output errors.
/// </summary>
public static class DiagnosticCatalog
{
    // Reading and structure
    public static readonly DiagnosticDescriptor TomlSyntax = new("PM1001", "TOML syntax error", Error,
        "Fix the TOML syntax at the position shown; strings need quotes, tables need closing brackets.");
    public static readonly DiagnosticDescriptor WrongType = new("PM1002", "Value has the wrong type", Error,
        "Write the value with the type the key expects: ports are integers (24510, not \"24510\"), names and paths are quoted strings.");
    public static readonly DiagnosticDescriptor UnknownKey = new("PM1003", "Unknown key", Error,
        "Remove the key or correct its spelling; docs/spec.md lists every key a table accepts.");
    public static readonly DiagnosticDescriptor MissingKey = new("PM1004", "Required key is missing", Error,
        "Add the key named in the message to the table shown.");
    public static readonly DiagnosticDescriptor DuplicateName = new("PM1005", "Name defined twice", Error,
        "Each key, table and name may be defined once; rename or merge the second definition.");
    public static readonly DiagnosticDescriptor SpecUnreadable = new("PM1006", "Spec file cannot be read", Error,
        "Check the path and that the file is UTF-8 text you can read.");
    public static readonly DiagnosticDescriptor InputLimit = new("PM1007", "Input exceeds a limit", Error,
        "Specs are limited in size and in nesting depth; split the file or flatten the nested values.");
    public static readonly DiagnosticDescriptor IncludeNotFound = new("PM1008", "Included spec not found", Error,
        "Paths in includes are relative to the file that names them; correct the path or remove the entry.");
    public static readonly DiagnosticDescriptor InvalidValue = new("PM1009", "Invalid value", Error,
        "Use one of the values the message lists.");
    public static readonly DiagnosticDescriptor UnknownReference = new("PM1010", "Reference to something not defined", Error,
        "Define what is referenced (for example a [groups.NAME] table) or correct the name.");
    public static readonly DiagnosticDescriptor ErrorNotSuppressible = new("PM1011", "Errors cannot be suppressed", Error,
        "Only warnings (PM2xxx) can be suppressed; fix the error instead.");
    public static readonly DiagnosticDescriptor InvalidName = new("PM1012", "Name cannot be used in generated files", Error,
        "Container, group, reserved and network names become Compose service names, file names and YAML keys: use letters, digits, '-', '_' and '.', starting with a letter or digit, at most 63 characters.");
    public static readonly DiagnosticDescriptor ComposeYamlSyntax = new("PM1013", "Compose file is not valid YAML", Error,
        "Fix the YAML at the position shown: indent with spaces, close every bracket and quote, write each key once. 'docker compose config' rejects the file for the same reason.");
    public static readonly DiagnosticDescriptor ComposeStructure = new("PM1014", "Compose file has the wrong structure", Error,
        "A Compose file has a top-level services mapping; each service is a mapping, its ports a list of strings (\"8080:80\"), numbers or mappings (target, published, host_ip, protocol).");
    public static readonly DiagnosticDescriptor ComposeInterpolation = new("PM1015", "Compose variable cannot be substituted", Error,
        "Set the variable the message names, in the environment or in the .env file beside the Compose file, or correct the '$' syntax: $VAR, ${VAR}, ${VAR:-default}, and $$ for a literal dollar sign.");
    public static readonly DiagnosticDescriptor OverrideTargetMissing = new("PM1016", "Environment overrides something the base does not declare", Error,
        "An [environments.NAME] table changes or leaves out containers and ports the base declares; correct the name, or declare the container or port in the base (with enabled = false if only some environments use it).");
    public static readonly DiagnosticDescriptor UnknownEnvironment = new("PM1017", "Environment not defined", Error,
        "Name an environment the spec defines with an [environments.NAME] table, or add that table.");

    // Values
    public static readonly DiagnosticDescriptor PortOutOfRange = new("PM1101", "Port outside 1-65535", Error,
        "TCP, UDP and SCTP ports are numbers from 1 to 65535.");
    public static readonly DiagnosticDescriptor InvalidProtocol = new("PM1102", "Unknown protocol", Error,
        "Use \"tcp\", \"udp\" or \"sctp\".");
    public static readonly DiagnosticDescriptor InvalidIpAddress = new("PM1103", "Malformed IP address", Error,
        "Write an IPv4 (127.0.0.1) or IPv6 (::1) address without a port or prefix.");
    public static readonly DiagnosticDescriptor InvalidCidr = new("PM1104", "Malformed CIDR block", Error,
        "Write an address and a prefix length, such as 192.168.1.0/24 or fd00::/8.");
    public static readonly DiagnosticDescriptor InvalidRange = new("PM1105", "Malformed port range", Error,
        "Write a range as \"FIRST-LAST\" with FIRST <= LAST, such as \"24510-24519\".");
    public static readonly DiagnosticDescriptor InvalidComposePort = new("PM1106", "Compose port mapping is not valid", Error,
        "Write a mapping Compose accepts: [HOST_IP:][HOST_PORT[-LAST]:]CONTAINER_PORT[-LAST][/tcp|udp|sctp], such as \"127.0.0.1:8080:80\", or the long form with target, published, host_ip and protocol.");

    // Allocation
    public static readonly DiagnosticDescriptor HostPortCollision = new("PM1201", "Host port already taken", Error,
        "Two ports publish the same host port and protocol on overlapping addresses; move one to a free port (phantom-gen next).");
    public static readonly DiagnosticDescriptor OutsideGroupRange = new("PM1202", "Port outside its group's range", Error,
        "Move the port into the group's range, or put it in the group whose range holds it.");
    public static readonly DiagnosticDescriptor OutsideProjectRange = new("PM1203", "Port outside the project's host range", Error,
        "Every host port and group must lie inside [project] host_range; move it or widen the range.");
    public static readonly DiagnosticDescriptor OverlappingGroups = new("PM1204", "Groups overlap", Error,
        "Each host port belongs to one group; make the ranges disjoint.");
    public static readonly DiagnosticDescriptor ReservedPortUsed = new("PM1205", "Port is reserved", Error,
        "The port is reserved for another purpose; pick a free port or release the reservation.");
    public static readonly DiagnosticDescriptor DuplicateContainerPort = new("PM1206", "Container port declared twice", Error,
        "A container listens once on a port and protocol; remove the duplicate or change its container_port.");

    // Kubernetes
    public static readonly DiagnosticDescriptor InvalidServicePortName = new("PM1301", "Service port name is not a DNS-1123 label", Error,
        "Kubernetes Service port names use lower-case letters, digits and '-', at most 63 characters, starting and ending with a letter or digit.");
    public static readonly DiagnosticDescriptor InvalidContainerPortName = new("PM1302", "Container port name is not an IANA service name", Error,
        "Container port names use at most 15 lower-case letters, digits and single '-' (not at either end), with at least one letter.");
    public static readonly DiagnosticDescriptor DuplicateServicePortName = new("PM1303", "Service port name used twice", Error,
        "Ports published under one Kubernetes Service need distinct names; rename one.");
    public static readonly DiagnosticDescriptor DuplicateServicePort = new("PM1304", "Service port and protocol used twice", Error,
        "A Kubernetes Service exposes each (protocol, port) once; change one of the ports.");
    public static readonly DiagnosticDescriptor InvalidServiceName = new("PM1305", "Service name is not a DNS-1035 label", Error,
        "Kubernetes Service names use lower-case letters, digits and '-', at most 63 characters, starting with a letter and ending with a letter or digit.");

    // Warnings
    public static readonly DiagnosticDescriptor IanaRegistered = new("PM2001", "Host port registered with IANA", Warning,
        "Another service is registered on this port and may be running on the host; pick an unregistered port or suppress with a reason.");
    public static readonly DiagnosticDescriptor CommonlyUsedRange = new("PM2002", "Host port in a commonly used range", Warning,
        "Development servers and other projects crowd this range; pick another port (phantom-gen next lists free ones).");
    public static readonly DiagnosticDescriptor WellKnownServicePort = new("PM2003", "Host port of a well-known service", Warning,
        "A common service listens on this port by default; pick another port (phantom-gen next lists free ones).");
    public static readonly DiagnosticDescriptor EphemeralRange = new("PM2004", "Host port in the Linux ephemeral range", Warning,
        "Linux hands ports 32768-60999 to outgoing connections; a listener there can fail to bind at random. Pick a port below 32768.");
    public static readonly DiagnosticDescriptor PrivilegedPort = new("PM2005", "Host port below 1024", Warning,
        "Binding below 1024 needs privileges; pick a port from 1024 up.");
    public static readonly DiagnosticDescriptor SameContainerTarget = new("PM2006", "Two host ports for one container port", Warning,
        "Both host ports reach the same process; publish one and remove the other.");
    public static readonly DiagnosticDescriptor HealthCheckPingsLoopback = new("PM2007", "Health check cannot check its service", Warning,
        "A ping of the loopback address succeeds whatever the service does; check the service itself (an HTTP endpoint, or a command that inspects it).");
    public static readonly DiagnosticDescriptor HttpHealthCheckOnUdp = new("PM2008", "HTTP health check on a non-TCP port", Warning,
        "HTTP runs over TCP; check a UDP or SCTP service with a command, or point the check at a TCP port.");
    public static readonly DiagnosticDescriptor ExposedOnEveryAddress = new("PM2009", "Internal port published on every address", Warning,
        "Docker publishes a port ahead of any INPUT firewall rule, so a port on every address is open to everyone; publish it on 127.0.0.1, or say exposure = \"public\" or { allow_from = [...] }.");
    public static readonly DiagnosticDescriptor ComposeVariableUnset = new("PM2010", "Compose variable is not set", Warning,
        "Compose substitutes an empty string for it; set the variable in the environment or in the .env file beside the Compose file, or give it a default: ${VAR:-value}.");
    public static readonly DiagnosticDescriptor ComposeHostNetwork = new("PM2011", "Compose service uses the host network", Warning,
        "A service with network_mode: host binds its ports on the host directly, and no file lists them all; make sure none of them is a host port of this spec.");
    public static readonly DiagnosticDescriptor ScrapedWithoutService = new("PM2012", "Scraped port has no Kubernetes Service", Warning,
        "In a Kubernetes environment Prometheus reaches a target by its Service's DNS name; give the container a service, or leave metrics_path out.");
    public static readonly DiagnosticDescriptor BaseComposePublishes = new("PM2013", "The project's Compose file publishes a port", Warning,
        "Compose adds the ports of compose.ports.yml to those of the project's own file: a port both publish binds twice, and one only the project's file publishes escapes the spec. Move every ports: entry into the spec (phantom-gen import --split writes the file without them).");

    // Templates and outputs
    public static readonly DiagnosticDescriptor TemplateSyntax = new("PM3001", "Template syntax error", Error,
        "Fix the Scriban syntax at the position shown (docs/templates.md describes the language and the model).");
    public static readonly DiagnosticDescriptor TemplateRuntime = new("PM3002", "Template failed while rendering", Error,
        "The template used a value or function in a way that failed; check the names against the model in docs/templates.md.");
    public static readonly DiagnosticDescriptor TemplateInclude = new("PM3003", "Template include refused", Error,
        "Templates may include only other templates of the templates folder, by a relative name without '..' (for example include '_ports.sbn').");
    public static readonly DiagnosticDescriptor OutputPathOutsideFolder = new("PM3004", "Output path outside the output folder", Error,
        "Generated files are written inside the output folder only. Give the template a relative output path that uses '/' between folders, "
        + "stays below the folder (no leading '/', drive letter, '\\\\server' or '..' that climbs out), avoids characters and names Windows does not allow, "
        + "and does not pass through a symbolic link that leads out of the folder.");
    public static readonly DiagnosticDescriptor DuplicateOutputPath = new("PM3005", "Two outputs with one path", Error,
        "Each generated file needs a path of its own; change the output path of one of the templates. "
        + "Paths are compared after removing './' segments, case matters, and the writer's own '.phantom-gen-manifest' and '.phantom-gen.lock' names are taken.");
    public static readonly DiagnosticDescriptor TemplateLimit = new("PM3006", "Template exceeded a limit", Error,
        "Templates are limited in loop iterations, recursion, output size and time; look for an endless loop or a runaway repetition.");
    public static readonly DiagnosticDescriptor RegionProblem = new("PM3007", "Generated region not found", Error,
        "A region template needs its target file to exist and to hold one '<phantom-gen:NAME>' line and one '</phantom-gen:NAME>' line after it.");
    public static readonly DiagnosticDescriptor OutputNotWritable = new("PM3008", "Output cannot be written", Error,
        "The message names the file and the operating system's reason: a full disk, missing permissions, a file held open by another program, "
        + "a folder where a file should go, or another generator still writing. Fix the cause and generate again; "
        + "every output on disk is either its previous or its new version, never a partly written one.");
    public static readonly DiagnosticDescriptor TemplateFrontMatter = new("PM3009", "Invalid template front matter", Error,
        "Front matter sets output (a relative path), optionally each = \"container\", or region and target; see docs/templates.md.");
    public static readonly DiagnosticDescriptor TemplatesUnreadable = new("PM3010", "Templates cannot be read", Error,
        "Check that the templates folder exists and its .sbn files are readable UTF-8 text.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        TomlSyntax, WrongType, UnknownKey, MissingKey, DuplicateName, SpecUnreadable, InputLimit, IncludeNotFound,
        InvalidValue, UnknownReference, ErrorNotSuppressible, InvalidName, ComposeYamlSyntax, ComposeStructure, ComposeInterpolation,
        OverrideTargetMissing, UnknownEnvironment,
        PortOutOfRange, InvalidProtocol, InvalidIpAddress, InvalidCidr, InvalidRange, InvalidComposePort,
        HostPortCollision, OutsideGroupRange, OutsideProjectRange, OverlappingGroups, ReservedPortUsed, DuplicateContainerPort,
        InvalidServicePortName, InvalidContainerPortName, DuplicateServicePortName, DuplicateServicePort, InvalidServiceName,
        IanaRegistered, CommonlyUsedRange, WellKnownServicePort, EphemeralRange, PrivilegedPort, SameContainerTarget,
        HealthCheckPingsLoopback, HttpHealthCheckOnUdp, ExposedOnEveryAddress, ComposeVariableUnset, ComposeHostNetwork, ScrapedWithoutService, BaseComposePublishes,
        TemplateSyntax, TemplateRuntime, TemplateInclude, OutputPathOutsideFolder, DuplicateOutputPath, TemplateLimit, RegionProblem,
        OutputNotWritable, TemplateFrontMatter, TemplatesUnreadable,
    ];

    public static DiagnosticDescriptor? Find(string code)
        => All.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase));
}
