using System.Runtime.Versioning;

// Docker engines, network namespaces and iptables: these tests run on Linux hosts only.
[assembly: SupportedOSPlatform("linux")]
