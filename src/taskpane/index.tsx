import { boot } from "./boot";

// The task pane bundle's entry (webpack's "taskpane" entry, loaded by taskpane.html): everything
// it does is in ./boot.tsx, which tests can call.
void boot();
