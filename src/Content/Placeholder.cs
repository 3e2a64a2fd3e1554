namespace VbeKnowledge.Content; internal static class Placeholder { }
