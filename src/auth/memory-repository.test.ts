import { MemoryAuthRepository } from "./memory-repository.js";
import { authRepositoryContract } from "./repository-contract.js";

authRepositoryContract("in memory", async () => new MemoryAuthRepository());
