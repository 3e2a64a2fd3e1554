[assembly: AssemblyFixture(typeof(VbeKnowledge.Api.Tests.Infrastructure.SharedApi))]
