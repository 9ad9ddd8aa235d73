// bottleneck ships types for its full build only; its light build (the one the Octokit plugins
// use, without Redis clustering) has the same API.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
