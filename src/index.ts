// The action's entry point (action.yml `main`, bundled to dist/index.js). run() reports its own errors.
import { run } from './main.js'

void run()
