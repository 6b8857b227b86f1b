import { runBackendConformance } from '../backend-conformance';
import { referenceBackend } from '../../../../../airi/index';

runBackendConformance(referenceBackend);
