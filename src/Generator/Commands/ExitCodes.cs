namespace VbeKnowledge.Generator.Commands;

/// <summary>The documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
