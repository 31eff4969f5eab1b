// Stands in for node:child_process inside the CLI bundle's copy of commander (scripts/build-cli.mjs):
// commander requires it at load time but only spawns for executable subcommands, which this CLI does
// not define. Loading the real module (~8 ms of CPU: it pulls in net, dgram and streams) waits for a call.
"use strict";
module.exports = {
  spawn: (...args) => require("node:child_process").spawn(...args),
};
