#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5940:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Argument = void 0;
class Argument {
    constructor(value, range) {
        this.value = value;
        this.range = range;
    }
    toString() {
        return this.value;
    }
    getRange() {
        return this.range;
    }
    getValue() {
        return this.value;
    }
    isAfter(position) {
        if (this.range.end.line < position.line) {
            return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
    }
    isBefore(position) {
        if (this.range.start.line < position.line) {
            return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
    }
}
exports.Argument = Argument;


/***/ }),

/***/ 4022:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Comment = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const line_1 = __nccwpck_require__(7005);
const util_1 = __nccwpck_require__(7459);
class Comment extends line_1.Line {
    constructor(document, range) {
        super(document, range);
    }
    toString() {
        const content = this.getContent();
        if (content) {
            return "# " + content;
        }
        return "#";
    }
    /**
     * Returns the content of this comment. This excludes leading and
     * trailing whitespace as well as the # symbol. If the comment only
     * consists of whitespace, the empty string will be returned.
     */
    getContent() {
        let range = this.getContentRange();
        if (range === null) {
            return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    /**
     * Returns a range that includes the content of the comment
     * excluding any leading and trailing whitespace as well as the #
     * symbol. May return null if the comment only consists of whitespace
     * characters.
     */
    getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        // skip the first # symbol
        for (let i = 1; i < raw.length; i++) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                start = i;
                break;
            }
        }
        if (start === -1) {
            return null;
        }
        // go backwards up to the first # symbol
        for (let i = raw.length - 1; i >= 1; i--) {
            if (!util_1.Util.isWhitespace(raw.charAt(i))) {
                end = i + 1;
                break;
            }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
    }
}
exports.Comment = Comment;


/***/ }),

/***/ 9933:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Dockerfile = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const ast = __nccwpck_require__(8390);
const imageTemplate_1 = __nccwpck_require__(3520);
const from_1 = __nccwpck_require__(5377);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Dockerfile extends imageTemplate_1.ImageTemplate {
    constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        /**
         * Whether a FROM instruction has been added to this Dockerfile or not.
         */
        this.foundFrom = false;
        this.document = document;
    }
    getEscapeCharacter() {
        for (const directive of this.directives) {
            if (directive.getDirective() === ast.Directive.escape) {
                const value = directive.getValue();
                if (value === '\\' || value === '`') {
                    return value;
                }
            }
        }
        return '\\';
    }
    getInitialARGs() {
        return this.initialInstructions.getARGs();
    }
    getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
            // not inside the document, invalid position
            return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
            if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
                return this.initialInstructions;
            }
        }
        for (const buildStage of this.buildStages) {
            if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
                return buildStage;
            }
        }
        return this;
    }
    addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
            this.currentBuildStage = new imageTemplate_1.ImageTemplate();
            this.buildStages.push(this.currentBuildStage);
            this.foundFrom = true;
        }
        else if (!this.foundFrom) {
            this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
            this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
    }
    setDirectives(directives) {
        this.directives = directives;
    }
    getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
    }
    getDirectives() {
        return this.directives;
    }
    resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
            let range = from.getRange();
            if (range.start.line <= line && line <= range.end.line) {
                // resolve the FROM variable against the initial ARGs
                let initialARGs = new imageTemplate_1.ImageTemplate();
                for (let instruction of this.initialInstructions.getARGs()) {
                    initialARGs.addInstruction(instruction);
                }
                return initialARGs.resolveVariable(variable, line);
            }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return undefined;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
            // refers to an uninitialized ARG variable,
            // try resolving it against the initial ARGs then
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
                initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
    }
    getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
            let variables = [];
            for (let arg of this.getInitialARGs()) {
                let property = arg.getProperty();
                if (property) {
                    variables.push(property.getName());
                }
            }
            return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
    }
    getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
            return null;
        }
        for (const from of this.getFROMs()) {
            if (from.getBuildStage() === imageName) {
                const range = from.getRange();
                // on the same line then it's an image that shares the name as the build stage
                if (range.start.line === templateFrom.getRange().start.line) {
                    return null;
                }
                return this.getContainingImage(range.start);
            }
        }
        return null;
    }
    getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
            return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
            stages.splice(0, 0, stage);
            stage = this.getParentStage(stage);
        }
        return stages;
    }
    getAvailableWorkingDirectories(line) {
        const availableDirectories = new Set();
        for (const image of this.getStageHierarchy(line)) {
            for (const workdir of image.getWORKDIRs()) {
                if (workdir.getRange().end.line < line) {
                    let directory = workdir.getAbsolutePath();
                    if (directory !== undefined && directory !== null) {
                        if (!directory.endsWith("/")) {
                            directory += "/";
                        }
                        availableDirectories.add(directory);
                    }
                }
            }
        }
        return Array.from(availableDirectories);
    }
    /**
     * Internally reorganize the comments in the Dockerfile and allocate
     * them to the relevant build stages that they belong to.
     */
    organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }
    }
    getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
            if (instructions.length > 0) {
                range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
            }
        }
        else if (instructions.length === 0) {
            range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        }
        else {
            const commentStart = comments[0].getRange().start;
            const commentEnd = comments[comments.length - 1].getRange().end;
            const instructionStart = instructions[0].getRange().start;
            const instructionEnd = instructions[instructions.length - 1].getRange().end;
            if (commentStart.line < instructionStart.line) {
                if (commentEnd.line < instructionEnd.line) {
                    range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
                }
                range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
            }
            else if (commentEnd.line < instructionEnd.line) {
                range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
            }
            else {
                range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
            }
        }
        if (range === null) {
            if (this.directives.length === 0) {
                return null;
            }
            return this.directives[0].getRange();
        }
        else if (this.directives.length === 0) {
            return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
    }
}
exports.Dockerfile = Dockerfile;


/***/ }),

/***/ 1077:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Flag = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flagOption_1 = __nccwpck_require__(3700);
class Flag {
    constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
            let offset = document.offsetAt(valueRange.start);
            let nameStart = -1;
            let valueStart = -1;
            let hasOptions = false;
            for (let i = 0; i < value.length; i++) {
                switch (value.charAt(i)) {
                    case '=':
                        hasOptions = true;
                        if (valueStart === -1) {
                            valueStart = i + 1;
                            break;
                        }
                        break;
                    case ',':
                        this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                        nameStart = -1;
                        valueStart = -1;
                        break;
                    default:
                        if (nameStart === -1) {
                            nameStart = i;
                        }
                        break;
                }
            }
            if (hasOptions && nameStart !== -1) {
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
            }
        }
    }
    createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
            return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
    }
    toString() {
        if (this.valueRange) {
            return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
    }
    /**
     * Returns the range that encompasses this entire flag. This includes the
     * -- prefix in the beginning to the last character of the flag's value (if
     * it has been defined).
     *
     * @return the entire range of this flag
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the name of this flag. The name does not include the -- prefix.
     * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
     * not --interval.
     *
     * @return this flag's name
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range that encompasses the flag's name
     *
     * @return the range containing the flag's name
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the value that has been set to this flag. May be null if the
     * flag is invalid and has no value set like a --start-period. If the flag
     * is instead a --start-period= with an equals sign then the flag's value
     * is the empty string.
     *
     * @return this flag's value if it has been defined, null otherwise
     */
    getValue() {
        return this.value;
    }
    /**
     * Returns the range that encompasses this flag's value. If no value has
     * been set then null will be returned.
     *
     * @return the range containing this flag's value, or null if the flag
     *         has no value defined
     */
    getValueRange() {
        return this.valueRange;
    }
    getOption(name) {
        for (const option of this.options) {
            if (option.getName() === name) {
                return option;
            }
        }
        return null;
    }
    getOptions() {
        return this.options;
    }
    hasOptions() {
        return this.options.length > 0;
    }
}
exports.Flag = Flag;


/***/ }),

/***/ 3700:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FlagOption = void 0;
class FlagOption {
    constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
    }
    toString() {
        if (this.valueRange !== null) {
            return this.name + "=" + this.value;
        }
        return this.name;
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
}
exports.FlagOption = FlagOption;


/***/ }),

/***/ 7599:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Heredoc = void 0;
/**
 * Heredoc represents a here-document that has been embedded in a
 * Dockerfile.
 *
 * This API is experimental and subject to change.
 */
class Heredoc {
    constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
    }
    /**
     * Returns the name of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getName() {
        return this.name;
    }
    /**
     * Returns the range of the start operator and the name. If the
     * here-document is initialized with <<EOT then the start range would
     * encompass all five characters.
     *
     * This API is experimental and subject to change.
     */
    getStartRange() {
        return this.startRange;
    }
    /**
     * Returns the range of this here-document's name that is declared at
     * the beginning of the here-document with the operator. If the
     * here-document is initialized with <<EOT then the name range would
     * encompass the latter three "EOT" characters.
     *
     * This API is experimental and subject to change.
     */
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the content of this here-document. This may
     * be null if the here-document has no content because:
     * - the start range is the only thing that was declared
     * - the end range was declared immediately and there is no content
     *
     * This API is experimental and subject to change.
     */
    getContentRange() {
        return this.contentRange;
    }
    /**
     * Returns the range of the here-document's name on a line that
     * represents the end of the here-document.
     *
     * This API is experimental and subject to change.
     */
    getDelimiterRange() {
        return this.endRange;
    }
}
exports.Heredoc = Heredoc;


/***/ }),

/***/ 3520:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ImageTemplate = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const onbuild_1 = __nccwpck_require__(5554);
const util_1 = __nccwpck_require__(7459);
const workdir_1 = __nccwpck_require__(7529);
class ImageTemplate {
    constructor() {
        this.comments = [];
        this.instructions = [];
    }
    addComment(comment) {
        this.comments.push(comment);
    }
    getComments() {
        return this.comments;
    }
    addInstruction(instruction) {
        this.instructions.push(instruction);
    }
    getInstructions() {
        return this.instructions;
    }
    getInstructionAt(line) {
        for (let instruction of this.instructions) {
            if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the ARG instructions that are defined in this image.
     */
    getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof arg_1.Arg) {
                args.push(instruction);
            }
        }
        return args;
    }
    /**
     * Gets all the CMD instructions that are defined in this image.
     */
    getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof cmd_1.Cmd) {
                cmds.push(instruction);
            }
        }
        return cmds;
    }
    /**
     * Gets all the COPY instructions that are defined in this image.
     */
    getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof copy_1.Copy) {
                copies.push(instruction);
            }
        }
        return copies;
    }
    /**
     * Gets all the ENTRYPOINT instructions that are defined in this image.
     */
    getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof entrypoint_1.Entrypoint) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the ENV instructions that are defined in this image.
     */
    getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof env_1.Env) {
                args.push(instruction);
            }
        }
        return args;
    }
    getFROM() {
        for (const instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                return instruction;
            }
        }
        return null;
    }
    /**
     * Gets all the FROM instructions that are defined in this image.
     */
    getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof from_1.From) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    /**
     * Gets all the HEALTHCHECK instructions that are defined in this image.
     */
    getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof healthcheck_1.Healthcheck) {
                froms.push(instruction);
            }
        }
        return froms;
    }
    getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
            if (instruction instanceof workdir_1.Workdir) {
                workdirs.push(instruction);
            }
        }
        return workdirs;
    }
    getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
            if (instruction instanceof onbuild_1.Onbuild) {
                let trigger = instruction.getTriggerInstruction();
                if (trigger) {
                    triggers.push(trigger);
                }
            }
        }
        return triggers;
    }
    getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
            if (arg.isBefore(currentLine)) {
                const property = arg.getProperty();
                if (property) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        for (const env of this.getENVs()) {
            if (env.isBefore(currentLine)) {
                for (const property of env.getProperties()) {
                    const variable = property.getName();
                    if (variables.indexOf(variable) === -1) {
                        variables.push(variable);
                    }
                }
            }
        }
        return variables;
    }
    /**
     * Resolves a variable with the given name at the specified line
     * to its value. If null is returned, then the variable has been
     * defined but no value was given. If undefined is returned, then
     * a variable with the given name has not been defined yet as of
     * the given line.
     *
     * @param variable the name of the variable to resolve
     * @param line the line number that the variable is on, zero-based
     * @return the value of the variable as defined by an ARG or ENV
     *         instruction, or null if no value has been specified, or
     *         undefined if a variable with the given name has not
     *         been defined
     */
    resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return property.getValue();
                    }
                }
            }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return property.getValue();
                }
            }
        }
        return undefined;
    }
    getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
            // all templates should have instructions, this only happens for
            // the initial set of instruction
            return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
    }
    contains(position) {
        const range = this.getRange();
        if (range === null) {
            return false;
        }
        return util_1.Util.isInsideRange(position, range);
    }
}
exports.ImageTemplate = ImageTemplate;


/***/ }),

/***/ 5279:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Instruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
const line_1 = __nccwpck_require__(7005);
const argument_1 = __nccwpck_require__(5940);
const heredoc_1 = __nccwpck_require__(7599);
const variable_1 = __nccwpck_require__(3743);
const main_1 = __nccwpck_require__(8390);
class Instruction extends line_1.Line {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
    }
    toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
            value += ' ';
            value += arg.getValue();
        }
        return value;
    }
    getRangeContent(range) {
        if (range === null) {
            return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
    }
    getInstructionRange() {
        return this.instructionRange;
    }
    getInstruction() {
        return this.instruction;
    }
    getKeyword() {
        return this.getInstruction().toUpperCase();
    }
    getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
    }
    getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
            return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        switch (fullArgs.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                if (startPosition !== null) {
                                    ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                                }
                                startPosition = null;
                                start = true;
                                comment = false;
                                i = j;
                                break whitespaceCheck;
                            default:
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                        startPosition = null;
                    }
                    start = true;
                    comment = false;
                    i += 2;
                }
                else if (next === '\n') {
                    if (startPosition !== null) {
                        ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i++;
                }
                else {
                    i++;
                }
            }
            else if (util_1.Util.isNewline(char)) {
                if (comment) {
                    startPosition = null;
                    start = true;
                    comment = false;
                }
            }
            else {
                if (!comment) {
                    if (startPosition === null) {
                        if (char === '#') {
                            comment = true;
                            continue;
                        }
                        let position = this.document.positionAt(offset + i);
                        if (position.character !== 0) {
                            startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                        }
                    }
                    end = i;
                }
            }
        }
        if (startPosition === null) {
            // should only happen if the last argument is on its own line with
            // no leading whitespace
            ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        }
        else {
            ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
    }
    getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
    }
    getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
            return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
            content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
    }
    getArguments() {
        return this.getRawArguments();
    }
    getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        // determines whether the parser has found a space or tab
        // whitespace character that's a part of an escaped newline sequence
        let escapedWhitespaceDetected = false;
        // determines if the parser is currently in an escaped newline sequence
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
            let char = fullArgs.charAt(i);
            if (util_1.Util.isWhitespace(char)) {
                if (escaping) {
                    escapedWhitespaceDetected = true;
                    if (util_1.Util.isNewline(char)) {
                        // reached a newline, any previously
                        // detected whitespace should be ignored
                        escapedWhitespaceDetected = false;
                        if (comment) {
                            // reached a newline, no longer in a comment
                            comment = false;
                            start = true;
                        }
                    }
                    continue;
                }
                else if (found !== -1) {
                    if (escapeMarker === -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
                    }
                    else {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                    }
                    escapeMarker = -1;
                    escapedArg = "";
                    found = -1;
                }
            }
            else if (char === this.escapeChar) {
                let next = fullArgs.charAt(i + 1);
                if (next === ' ' || next === '\t') {
                    whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                        let newlineCheck = fullArgs.charAt(j);
                        switch (newlineCheck) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                j++;
                            case '\n':
                                comment = false;
                                escaping = true;
                                start = true;
                                if (found !== -1) {
                                    escapeMarker = i;
                                }
                                i = j;
                                break whitespaceCheck;
                            default:
                                escapeMarker = i;
                                if (found === -1) {
                                    i = j - 1;
                                }
                                break whitespaceCheck;
                        }
                    }
                }
                else if (next === '\r') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i += 2;
                }
                else if (next === '\n') {
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1 && escapeMarker === -1) {
                        escapeMarker = i;
                    }
                    i++;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapeMarker = -1;
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    if (next === '$') {
                        escapedArg = escapedArg + char + next;
                    }
                    else if (next === '') {
                        // reached EOF, stop processing
                        break;
                    }
                    else {
                        escapedArg = escapedArg + next;
                    }
                    if (found === -1) {
                        found = i;
                    }
                    i++;
                }
            }
            else if (!comment) {
                if (start && char === '#') {
                    comment = true;
                }
                else {
                    if (escapedWhitespaceDetected && escapeMarker !== -1) {
                        args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                        escapedArg = "";
                        found = -1;
                    }
                    escapedWhitespaceDetected = false;
                    escaping = false;
                    escapeMarker = -1;
                    escapedArg = escapedArg + char;
                    if (found === -1) {
                        found = i;
                    }
                }
                // non-whitespace character detected, reset
                start = false;
            }
        }
        if (found !== -1) {
            if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
            }
            else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
            }
        }
        return args;
    }
    getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
            const argRange = args[i].getRange();
            let offset = this.document.offsetAt(argRange.start);
            const variables = this.parseVariables(offset, args[i].getValue());
            const swaps = [];
            let requiresExpansion = false;
            for (let variable of variables) {
                const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
                swaps.push(value);
                requiresExpansion = requiresExpansion || value !== undefined;
            }
            if (requiresExpansion) {
                let expanded = "";
                for (let j = 0; j < swaps.length; j++) {
                    const variableRange = variables[j].getRange();
                    const start = this.document.offsetAt(variableRange.start);
                    const end = this.document.offsetAt(variableRange.end);
                    if (swaps[j]) {
                        // replace variable with its resolved value
                        expanded += this.document.getText().substring(offset, start);
                        expanded += swaps[j];
                        offset = end;
                    }
                    else {
                        expanded += this.document.getText().substring(offset, end);
                        offset = end;
                    }
                }
                const argEnd = this.document.offsetAt(argRange.end);
                if (argEnd !== offset) {
                    // if the variable's range doesn't match the argument,
                    // append the remaining text
                    expanded += this.document.getText().substring(offset, argEnd);
                }
                args[i] = new argument_1.Argument(expanded, argRange);
            }
        }
        return args;
    }
    getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
            let range = arg.getRange();
            let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
            const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
            for (const parsedVariable of parsedVariables) {
                variables.push(parsedVariable);
            }
        }
        return variables;
    }
    parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
            switch (arg.charAt(i)) {
                case this.escapeChar:
                    if (arg.charAt(i + 1) === '$') {
                        i++;
                    }
                    break;
                case '$':
                    if (arg.charAt(i + 1) === '{') {
                        let escapedString = "${";
                        let escapedName = "";
                        let nameEnd = -1;
                        let escapedSubstitutionParameter = "";
                        let substitutionStart = -1;
                        let substitutionEnd = -1;
                        let modifierRead = -1;
                        nameLoop: for (let j = i + 2; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    break;
                                case '}':
                                    escapedString += '}';
                                    let modifier = null;
                                    let modifierRange = null;
                                    let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                                    let substitutionRange = null;
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (nameEnd + 1 === j) {
                                        modifier = "";
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                                    }
                                    else {
                                        if (substitutionStart === -1) {
                                            // no substitution parameter found,
                                            // but a modifier character existed,
                                            // just offset the range by 1 from
                                            // the modifier character
                                            substitutionStart = modifierRead + 1;
                                            substitutionEnd = modifierRead + 1;
                                        }
                                        else {
                                            // offset one more from the last
                                            // character found
                                            substitutionEnd = substitutionEnd + 1;
                                        }
                                        modifier = arg.substring(modifierRead, modifierRead + 1);
                                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                                    }
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), escapedString));
                                    i = j;
                                    continue variableLoop;
                                case ':':
                                    if (nameEnd === -1) {
                                        nameEnd = j;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += ':';
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += ':';
                                    break;
                                case '\n':
                                case '\r':
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    if (nameEnd === -1) {
                                        escapedName += char;
                                    }
                                    else if (modifierRead !== -1) {
                                        if (substitutionStart === -1) {
                                            substitutionStart = j;
                                            substitutionEnd = j;
                                        }
                                        else {
                                            substitutionEnd = j;
                                        }
                                        escapedSubstitutionParameter += char;
                                    }
                                    else {
                                        modifierRead = j;
                                    }
                                    escapedString += char;
                                    break;
                            }
                        }
                        // no } found, not a valid variable, stop processing
                        break variableLoop;
                    }
                    else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                        // $ followed by whitespace or EOF, ignore this variable
                        continue;
                    }
                    else {
                        let escapedName = "";
                        nameLoop: for (let j = i + 1; j < arg.length; j++) {
                            let char = arg.charAt(j);
                            switch (char) {
                                case '\r':
                                case '\n':
                                case ' ':
                                case '\t':
                                    continue;
                                case '$':
                                case '\'':
                                case '"':
                                    let varStart = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                    i = j - 1;
                                    continue variableLoop;
                                case this.escapeChar:
                                    for (let k = j + 1; k < arg.length; k++) {
                                        switch (arg.charAt(k)) {
                                            case ' ':
                                            case '\t':
                                            case '\r':
                                                // ignore whitespace
                                                continue;
                                            case '\n':
                                                // escape this newline
                                                j = k;
                                                continue nameLoop;
                                        }
                                    }
                                    // reached EOF after an escape character
                                    let start = this.document.positionAt(offset + i);
                                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                                    break variableLoop;
                            }
                            if (char.match(/^[a-z0-9_]+$/i) === null) {
                                let varStart = this.document.positionAt(offset + i);
                                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== undefined, this.isBuildVariable(escapedName, varStart.line), '$' + escapedName));
                                i = j - 1;
                                continue variableLoop;
                            }
                            escapedName += char;
                        }
                        let start = this.document.positionAt(offset + i);
                        variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== undefined, this.isBuildVariable(escapedName, start.line), '$' + escapedName));
                    }
                    break variableLoop;
            }
        }
        return variables;
    }
    isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
            for (const initialArg of this.dockerfile.getInitialARGs()) {
                const arg = initialArg;
                const property = arg.getProperty();
                if (property && variable === property.getName()) {
                    return true;
                }
            }
            return undefined;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
            if (envs[i].isBefore(line)) {
                for (let property of envs[i].getProperties()) {
                    if (property.getName() === variable) {
                        return false;
                    }
                }
            }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
            if (args[i].isBefore(line)) {
                let property = args[i].getProperty();
                if (property && property.getName() === variable) {
                    return true;
                }
            }
        }
        return undefined;
    }
    createSingleLineHeredocs(args) {
        const heredocs = [];
        // instruction only on one line, if heredocs exist they would be incomplete
        for (const arg of args) {
            const value = arg.getValue();
            if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
            }
        }
        return heredocs;
    }
    getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                i = j + 1;
                                continue nameLoop;
                            case '\n':
                                i = j;
                                continue nameLoop;
                            default:
                                name += content.charAt(j);
                                i = j;
                                continue nameLoop;
                        }
                    }
                    break;
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue nameLoop;
                            }
                        }
                    }
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    if (escaping) {
                        break;
                    }
                default:
                    name += ch;
                    break;
            }
        }
        return name;
    }
    getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
            const ch = content.charAt(i);
            switch (ch) {
                case '"':
                case '\'':
                    if (quote === ch) {
                        break contentLoop;
                    }
                    quote = ch;
                    continue;
                case this.escapeChar:
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case '\n':
                                escaping = true;
                                j = i;
                                continue contentLoop;
                        }
                    }
                    break;
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '<':
                    if (endFound) {
                        searchHyphen = true;
                    }
                    else {
                        endFound = true;
                    }
                    break;
                case '-':
                    if (searchHyphen) {
                        searchHyphen = false;
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (start === -1) {
                        start = i;
                    }
                    if (quote !== null) {
                        end = i + 1;
                        break;
                    }
                    break contentLoop;
            }
        }
        if (start === -1) {
            return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
    }
    getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
            return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case this.escapeChar:
                    escaping = true;
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                break;
                            case '\r':
                                j++;
                            case '\n':
                                i = j;
                                continue contentLoop;
                            default:
                                i = j;
                                continue contentLoop;
                        }
                    }
                    break;
                case '\r':
                    break;
                case '\n':
                    if (escaping) {
                        break;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        contentEnd = i;
                        const arg = heredocDefinitions[currentHeredoc];
                        const startRange = arg.getRange();
                        const nameRange = this.getNameRange(startRange);
                        const name = this.getName(nameRange);
                        const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                        if (delimiterRange !== null) {
                            const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                            contentStart = -1;
                            currentHeredoc++;
                        }
                        lineStart = -1;
                    }
                    else {
                        // found a newline that hasn't been escaped,
                        // must be in a heredoc
                        const offsetLimit = startOffset + i;
                        for (const arg of args) {
                            // check if this argument is on the initial line of the instruction,
                            // note that it may not all be on the same line due to escaped newlines,
                            // because of that we need to use offset checks instead of line checks
                            // as an argument being on a different line in the document does not
                            // imply it is on a different line from the Dockerfile's point of view
                            if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                                if (arg.getValue().startsWith("<<")) {
                                    heredocDefinitions.push(arg);
                                }
                            }
                            else {
                                break;
                            }
                        }
                        heredocsProcessed = true;
                        lineStart = -1;
                        continue contentLoop;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaping) {
                        break;
                    }
                case '#':
                    if (escaping) {
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\n':
                                    i = j;
                                    continue contentLoop;
                            }
                        }
                    }
                default:
                    if (escaping) {
                        escaping = false;
                    }
                    if (heredocsProcessed) {
                        if (contentStart === -1) {
                            contentStart = i;
                        }
                        if (lineStart === -1) {
                            lineStart = i;
                        }
                    }
                    break;
            }
        }
        if (heredocsProcessed) {
            const arg = heredocDefinitions[currentHeredoc];
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            let contentRange = null;
            // check if the last line of this instruction matches the name of the last heredoc
            const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
            if (delimiterRange === null) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
            }
            else if (contentEnd !== -1) {
                contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
            }
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
            currentHeredoc++;
            for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
                currentHeredoc++;
            }
        }
        else {
            // instruction only on one line, if heredocs exist they would be incomplete
            return this.createSingleLineHeredocs(args);
        }
        return heredocs;
    }
    getDelimiterRange(startArg, name, candidateRange) {
        const text = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
            // remove tabs in the front
            let index = 0;
            while (text.charAt(index) === '\t') {
                index++;
            }
            if (text.substring(index) === name) {
                return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
            }
            return null;
        }
        return text === name ? candidateRange : null;
    }
}
exports.Instruction = Instruction;


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Add = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Add extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
}
exports.Add = Add;


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Arg = void 0;
const property_1 = __nccwpck_require__(9602);
const propertyInstruction_1 = __nccwpck_require__(4984);
class Arg extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
            this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        }
        else {
            this.property = null;
        }
    }
    /**
     * Returns the variable defined by this ARG. This may be null if
     * this ARG instruction is malformed and has no variable
     * declaration.
     */
    getProperty() {
        return this.property;
    }
}
exports.Arg = Arg;


/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Cmd = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Cmd extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Cmd = Cmd;


/***/ }),

/***/ 444:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Copy = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Copy extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Copy = Copy;


/***/ }),

/***/ 1835:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Entrypoint = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Entrypoint extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Entrypoint = Entrypoint;


/***/ }),

/***/ 1822:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Env = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
class Env extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Env = Env;


/***/ }),

/***/ 5377:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.From = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class From extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
    }
    /**
     * Returns the name of the image that will be used as the base image.
     *
     * @return the base image's name, or null if unspecified
     */
    getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
            return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
            const ch = imageName.charAt(i);
            switch (ch) {
                case this.escapeChar:
                    escaped = true;
                    break;
                case '\r':
                    continue;
                case '\n':
                    commented = false;
                    break;
                case ' ':
                case '\t':
                    break;
                case '#':
                    if (escaped) {
                        commented = true;
                    }
                    else {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
                default:
                    if (!commented) {
                        name = name + ch;
                        escaped = false;
                    }
                    break;
            }
        }
        return name;
    }
    /**
     * Returns the range that covers the name of the image used by
     * this instruction.
     *
     * @return the range of the name of this instruction's argument,
     *         or null if no image has been specified
     */
    getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
            let registryRange = this.getRegistryRange();
            if (registryRange) {
                range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
            }
            let tagRange = this.getImageTagRange();
            let digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            return range;
        }
        return null;
    }
    /**
     * Returns the range that covers the image argument of this
     * instruction. This includes the tag or digest of the image if
     * it has been specified by the instruction.
     *
     * @return the range of the image argument, or null if no image
     *         has been specified
     */
    getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
    }
    getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
    }
    /**
     * Returns the range in the document that the tag of the base
     * image encompasses.
     *
     * @return the base image's tag's range in the document, or null
     *         if no tag has been specified
     */
    getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
            const rangeStartOffset = this.document.offsetAt(range.start);
            const content = this.getRangeContent(range);
            const atIndex = this.indexOf(rangeStartOffset, content, '@');
            const slashIndex = content.indexOf('/');
            if (atIndex === -1) {
                const colonIndex = this.lastIndexOf(rangeStartOffset, content, ':');
                if (colonIndex > slashIndex) {
                    return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
                }
            }
            const subcontent = content.substring(0, atIndex);
            const subcolonIndex = subcontent.indexOf(':');
            if (subcolonIndex === -1) {
                return null;
            }
            if (slashIndex === -1) {
                // slash not found suggests no registry and no namespace defined
                return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
            }
            // both colon and slash found, check if it is a port
            if (subcolonIndex < slashIndex) {
                return null;
            }
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
    }
    getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
    }
    /**
     * Returns the range in the document that the digest of the base
     * image encompasses.
     *
     * @return the base image's digest's range in the document, or null
     *         if no digest has been specified
     */
    getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
            let content = this.getRangeContent(range);
            let index = this.lastIndexOf(this.document.offsetAt(range.start), content, '@');
            if (index !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
            }
        }
        return null;
    }
    indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                const offset = this.document.offsetAt(variableRange.end) - documentOffset;
                const substring = content.substring(offset);
                const subIndex = substring.indexOf(searchString);
                if (subIndex === -1) {
                    return -1;
                }
                index = subIndex + offset;
                i = -1;
                continue;
            }
        }
        return index;
    }
    lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
            const position = documentOffset + index;
            const variableRange = variables[i].getRange();
            if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
                index = content.substring(0, index).lastIndexOf(searchString);
                if (index === -1) {
                    return -1;
                }
                i = -1;
                continue;
            }
        }
        return index;
    }
    getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
    }
    getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
            const tagRange = this.getImageTagRange();
            const digestRange = this.getImageDigestRange();
            if (tagRange === null) {
                if (digestRange !== null) {
                    range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
                }
            }
            else {
                range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
            }
            const content = this.getRangeContent(range);
            const rangeStart = this.document.offsetAt(range.start);
            const startingSlashIndex = this.indexOf(rangeStart, content, '/');
            if (startingSlashIndex === -1) {
                return null;
            }
            const portIndex = this.indexOf(rangeStart, content, ':');
            const dotIndex = this.indexOf(rangeStart, content, '.');
            // hostname detected
            if (portIndex !== -1 || dotIndex !== -1) {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
            const registry = content.substring(0, startingSlashIndex);
            // localhost registry detected
            if (registry === 'localhost') {
                return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
            }
        }
        return null;
    }
    getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
    }
    getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
            return args[2].getRange();
        }
        return null;
    }
    getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
    }
}
exports.From = From;


/***/ }),

/***/ 1167:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Healthcheck = void 0;
const modifiableInstruction_1 = __nccwpck_require__(2393);
class Healthcheck extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
    }
    getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
    }
}
exports.Healthcheck = Healthcheck;


/***/ }),

/***/ 3871:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Label = void 0;
const propertyInstruction_1 = __nccwpck_require__(4984);
const util_1 = __nccwpck_require__(7459);
class Label extends propertyInstruction_1.PropertyInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        // iterate over all of this LABEL's properties
        for (const property of properties) {
            const value = property.getUnescapedValue();
            // check if the value is contained in single quotes,
            // single quotes would indicate a literal value
            if (value !== null && value.length > 2 && value.charAt(0) === '\'' && value.charAt(value.length - 1) === '\'') {
                const range = property.getValueRange();
                for (let i = 0; i < variables.length; i++) {
                    // if a variable is in a single quote, remove it from the list
                    if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                        variables.splice(i, 1);
                        i--;
                    }
                }
            }
        }
        return variables;
    }
    getProperties() {
        return super.getProperties();
    }
}
exports.Label = Label;


/***/ }),

/***/ 5554:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Onbuild = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const parser_1 = __nccwpck_require__(7988);
const instruction_1 = __nccwpck_require__(5279);
class Onbuild extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
    }
    getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
    }
    getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
    }
    getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
            return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
    }
}
exports.Onbuild = Onbuild;


/***/ }),

/***/ 7224:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Run = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Run extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
    }
    /**
     * Returns there here-documents that are defined in this RUN
     * instruction.
     *
     * This API is experimental and subject to change.
     */
    getHeredocs() {
        return super.getHeredocs();
    }
}
exports.Run = Run;


/***/ }),

/***/ 7523:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Shell = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Shell extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Shell = Shell;


/***/ }),

/***/ 4301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Stopsignal = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Stopsignal extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Stopsignal = Stopsignal;


/***/ }),

/***/ 3998:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.User = void 0;
const instruction_1 = __nccwpck_require__(5279);
class User extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.User = User;


/***/ }),

/***/ 1347:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Volume = void 0;
const jsonInstruction_1 = __nccwpck_require__(5305);
class Volume extends jsonInstruction_1.JSONInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
}
exports.Volume = Volume;


/***/ }),

/***/ 7529:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Workdir = void 0;
const instruction_1 = __nccwpck_require__(5279);
class Workdir extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    /**
     * Returns the path that has been defined. Note that this path may
     * be absolute or relative depending on what was written in the
     * instruction.
     *
     * @return the working directory's path, or null if this
     *         instruction has no arguments
     */
    getPath() {
        return this.getArgumentsContent();
    }
    /**
     * Returns the absolute path that this instruction resolves to. The
     * function will inspect prior WORKDIR instructions in the current
     * image or another build stage in the Dockerfile to try to
     * determine this.
     *
     * @return the absolute path of the working directory, or null if
     *         this instruction has no arguments, or undefined if it
     *         cannot be determined because only relative paths could be
     *         found
     */
    getAbsolutePath() {
        const path = this.getPath();
        if (path === null || path.startsWith("/")) {
            return path;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
            const workdirs = hierarchy[i].getWORKDIRs();
            for (let j = workdirs.length - 1; j >= 0; j--) {
                if (workdirs[j].getRange().start.line < startLine) {
                    const parent = workdirs[j].getAbsolutePath();
                    if (parent === undefined || parent === null) {
                        return undefined;
                    }
                    return parent.endsWith("/") ? parent + path : parent + "/" + path;
                }
            }
        }
        return undefined;
    }
}
exports.Workdir = Workdir;


/***/ }),

/***/ 3702:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONArgument = void 0;
const argument_1 = __nccwpck_require__(5940);
class JSONArgument extends argument_1.Argument {
    constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
    }
    getJSONRange() {
        return this.jsonRange;
    }
    getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
    }
}
exports.JSONArgument = JSONArgument;


/***/ }),

/***/ 5305:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.JSONInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const argument_1 = __nccwpck_require__(5940);
const jsonArgument_1 = __nccwpck_require__(3702);
const modifiableInstruction_1 = __nccwpck_require__(2393);
class JSONInstruction extends modifiableInstruction_1.ModifiableInstruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
            return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
            let argRange = args[0].getRange();
            this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
            this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
            return;
        }
        else if (args.length === 2 && args[0].getValue() === '[' && args[1].getValue() === ']') {
            this.openingBracket = args[0];
            this.closingBracket = args[1];
            return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
            let char = argsContent.charAt(i);
            switch (char) {
                case '[':
                    if (last === "") {
                        this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        last = '[';
                    }
                    else if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case '"':
                    if (last === '[' || last === ',') {
                        start = i;
                        quoted = true;
                        last = '"';
                        escapedArg = escapedArg + char;
                        continue;
                    }
                    else if (last === '"') {
                        if (quoted) {
                            escapedArg = escapedArg + char;
                            // quoted string done
                            quoted = false;
                            this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                            escapedArg = "";
                        }
                        else {
                            // should be a , or a ]
                            break argsCheck;
                        }
                    }
                    else {
                        break argsCheck;
                    }
                    break;
                case ',':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else {
                        if (last === '"') {
                            last = ',';
                        }
                        else {
                            break argsCheck;
                        }
                    }
                    break;
                case ']':
                    if (quoted) {
                        escapedArg = escapedArg + char;
                    }
                    else if (last !== "") {
                        this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                        break argsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                case '\\':
                    if (quoted) {
                        switch (argsContent.charAt(i + 1)) {
                            case '"':
                            case '\\':
                                escapedArg = escapedArg + argsContent.charAt(i + 1);
                                i++;
                                continue;
                            case ' ':
                            case '\t':
                                escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                                    switch (argsContent.charAt(j)) {
                                        case '\r':
                                            // offset one more for \r\n
                                            j++;
                                        case '\n':
                                            i = j;
                                            continue argsCheck;
                                        case ' ':
                                        case '\t':
                                            break;
                                        default:
                                            break escapeCheck;
                                    }
                                }
                                break;
                            case '\r':
                                // offset one more for \r\n
                                i++;
                            default:
                                i++;
                                continue;
                        }
                    }
                    else {
                        escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                            switch (argsContent.charAt(j)) {
                                case '\r':
                                    // offset one more for \r\n
                                    j++;
                                case '\n':
                                    i = j;
                                    continue argsCheck;
                                case ' ':
                                case '\t':
                                    break;
                                default:
                                    break escapeCheck;
                            }
                        }
                    }
                    break argsCheck;
                default:
                    if (!quoted) {
                        break argsCheck;
                    }
                    escapedArg = escapedArg + char;
                    break;
            }
        }
    }
    stopSearchingForFlags(_value) {
        return true;
    }
    getOpeningBracket() {
        return this.openingBracket;
    }
    getJSONStrings() {
        return this.jsonStrings;
    }
    getClosingBracket() {
        return this.closingBracket;
    }
}
exports.JSONInstruction = JSONInstruction;


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Line = void 0;
class Line {
    constructor(document, range) {
        this.document = document;
        this.range = range;
    }
    getRange() {
        return this.range;
    }
    getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
    }
    isAfter(line) {
        return this.range.start.line > line.range.start.line;
    }
    isBefore(line) {
        return this.range.start.line < line;
    }
}
exports.Line = Line;


/***/ }),

/***/ 8390:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
var argument_1 = __nccwpck_require__(5940);
Object.defineProperty(exports, "Argument", ({ enumerable: true, get: function () { return argument_1.Argument; } }));
var jsonArgument_1 = __nccwpck_require__(3702);
Object.defineProperty(exports, "JSONArgument", ({ enumerable: true, get: function () { return jsonArgument_1.JSONArgument; } }));
const comment_1 = __nccwpck_require__(4022);
Object.defineProperty(exports, "Comment", ({ enumerable: true, get: function () { return comment_1.Comment; } }));
const parser_1 = __nccwpck_require__(7988);
var flag_1 = __nccwpck_require__(1077);
Object.defineProperty(exports, "Flag", ({ enumerable: true, get: function () { return flag_1.Flag; } }));
const instruction_1 = __nccwpck_require__(5279);
Object.defineProperty(exports, "Instruction", ({ enumerable: true, get: function () { return instruction_1.Instruction; } }));
var line_1 = __nccwpck_require__(7005);
Object.defineProperty(exports, "Line", ({ enumerable: true, get: function () { return line_1.Line; } }));
const parserDirective_1 = __nccwpck_require__(7499);
Object.defineProperty(exports, "ParserDirective", ({ enumerable: true, get: function () { return parserDirective_1.ParserDirective; } }));
var property_1 = __nccwpck_require__(9602);
Object.defineProperty(exports, "Property", ({ enumerable: true, get: function () { return property_1.Property; } }));
var variable_1 = __nccwpck_require__(3743);
Object.defineProperty(exports, "Variable", ({ enumerable: true, get: function () { return variable_1.Variable; } }));
var add_1 = __nccwpck_require__(9618);
Object.defineProperty(exports, "Add", ({ enumerable: true, get: function () { return add_1.Add; } }));
const arg_1 = __nccwpck_require__(4381);
Object.defineProperty(exports, "Arg", ({ enumerable: true, get: function () { return arg_1.Arg; } }));
const cmd_1 = __nccwpck_require__(5517);
Object.defineProperty(exports, "Cmd", ({ enumerable: true, get: function () { return cmd_1.Cmd; } }));
const copy_1 = __nccwpck_require__(444);
Object.defineProperty(exports, "Copy", ({ enumerable: true, get: function () { return copy_1.Copy; } }));
const entrypoint_1 = __nccwpck_require__(1835);
Object.defineProperty(exports, "Entrypoint", ({ enumerable: true, get: function () { return entrypoint_1.Entrypoint; } }));
const env_1 = __nccwpck_require__(1822);
Object.defineProperty(exports, "Env", ({ enumerable: true, get: function () { return env_1.Env; } }));
const from_1 = __nccwpck_require__(5377);
Object.defineProperty(exports, "From", ({ enumerable: true, get: function () { return from_1.From; } }));
const healthcheck_1 = __nccwpck_require__(1167);
Object.defineProperty(exports, "Healthcheck", ({ enumerable: true, get: function () { return healthcheck_1.Healthcheck; } }));
var heredoc_1 = __nccwpck_require__(7599);
Object.defineProperty(exports, "Heredoc", ({ enumerable: true, get: function () { return heredoc_1.Heredoc; } }));
var jsonInstruction_1 = __nccwpck_require__(5305);
Object.defineProperty(exports, "JSONInstruction", ({ enumerable: true, get: function () { return jsonInstruction_1.JSONInstruction; } }));
var label_1 = __nccwpck_require__(3871);
Object.defineProperty(exports, "Label", ({ enumerable: true, get: function () { return label_1.Label; } }));
var modifiableInstruction_1 = __nccwpck_require__(2393);
Object.defineProperty(exports, "ModifiableInstruction", ({ enumerable: true, get: function () { return modifiableInstruction_1.ModifiableInstruction; } }));
var onbuild_1 = __nccwpck_require__(5554);
Object.defineProperty(exports, "Onbuild", ({ enumerable: true, get: function () { return onbuild_1.Onbuild; } }));
var propertyInstruction_1 = __nccwpck_require__(4984);
Object.defineProperty(exports, "PropertyInstruction", ({ enumerable: true, get: function () { return propertyInstruction_1.PropertyInstruction; } }));
var run_1 = __nccwpck_require__(7224);
Object.defineProperty(exports, "Run", ({ enumerable: true, get: function () { return run_1.Run; } }));
var shell_1 = __nccwpck_require__(7523);
Object.defineProperty(exports, "Shell", ({ enumerable: true, get: function () { return shell_1.Shell; } }));
var stopsignal_1 = __nccwpck_require__(4301);
Object.defineProperty(exports, "Stopsignal", ({ enumerable: true, get: function () { return stopsignal_1.Stopsignal; } }));
var user_1 = __nccwpck_require__(3998);
Object.defineProperty(exports, "User", ({ enumerable: true, get: function () { return user_1.User; } }));
var volume_1 = __nccwpck_require__(1347);
Object.defineProperty(exports, "Volume", ({ enumerable: true, get: function () { return volume_1.Volume; } }));
const workdir_1 = __nccwpck_require__(7529);
Object.defineProperty(exports, "Workdir", ({ enumerable: true, get: function () { return workdir_1.Workdir; } }));
var Keyword;
(function (Keyword) {
    Keyword["ADD"] = "ADD";
    Keyword["ARG"] = "ARG";
    Keyword["CMD"] = "CMD";
    Keyword["COPY"] = "COPY";
    Keyword["ENTRYPOINT"] = "ENTRYPOINT";
    Keyword["ENV"] = "ENV";
    Keyword["EXPOSE"] = "EXPOSE";
    Keyword["FROM"] = "FROM";
    Keyword["HEALTHCHECK"] = "HEALTHCHECK";
    Keyword["LABEL"] = "LABEL";
    Keyword["MAINTAINER"] = "MAINTAINER";
    Keyword["ONBUILD"] = "ONBUILD";
    Keyword["RUN"] = "RUN";
    Keyword["SHELL"] = "SHELL";
    Keyword["STOPSIGNAL"] = "STOPSIGNAL";
    Keyword["USER"] = "USER";
    Keyword["VOLUME"] = "VOLUME";
    Keyword["WORKDIR"] = "WORKDIR";
})(Keyword || (exports.Keyword = Keyword = {}));
var Directive;
(function (Directive) {
    Directive["escape"] = "escape";
    Directive["syntax"] = "syntax";
})(Directive || (exports.Directive = Directive = {}));
exports.DefaultVariables = [
    "ALL_PROXY", "all_proxy",
    "FTP_PROXY", "ftp_proxy",
    "HTTP_PROXY", "http_proxy",
    "HTTPS_PROXY", "https_proxy",
    "NO_PROXY", "no_proxy"
];
var DockerfileParser;
(function (DockerfileParser) {
    function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
    }
    DockerfileParser.parse = parse;
})(DockerfileParser || (exports.DockerfileParser = DockerfileParser = {}));


/***/ }),

/***/ 2393:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ModifiableInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const flag_1 = __nccwpck_require__(1077);
const instruction_1 = __nccwpck_require__(5279);
class ModifiableInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
    }
    getFlags() {
        if (!this.flags) {
            this.flags = [];
            for (let arg of this.getArguments()) {
                let value = arg.getValue();
                if (this.stopSearchingForFlags(value)) {
                    return this.flags;
                }
                else if (value.indexOf("--") === 0) {
                    let range = arg.getRange();
                    let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
                    let nameIndex = value.indexOf('=');
                    let index = rawValue.indexOf('=');
                    let firstMatch = false;
                    let secondMatch = false;
                    let startIndex = -1;
                    nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                        switch (rawValue.charAt(i)) {
                            case '\\':
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                                break;
                            case '-':
                                if (secondMatch) {
                                    startIndex = i;
                                    break nameSearchLoop;
                                }
                                else if (firstMatch) {
                                    secondMatch = true;
                                }
                                else {
                                    firstMatch = true;
                                }
                                break;
                            default:
                                startIndex = i;
                                break nameSearchLoop;
                        }
                    }
                    let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
                    if (index === -1) {
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
                    }
                    else if (index === value.length - 1) {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
                    }
                    else {
                        let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                        this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
                    }
                }
            }
        }
        return this.flags;
    }
    getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
            return args;
        }
        for (let i = 0; i < flags.length; i++) {
            args.shift();
        }
        return args;
    }
}
exports.ModifiableInstruction = ModifiableInstruction;


/***/ }),

/***/ 7988:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Parser = void 0;
const vscode_languageserver_textdocument_1 = __nccwpck_require__(3383);
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const comment_1 = __nccwpck_require__(4022);
const parserDirective_1 = __nccwpck_require__(7499);
const instruction_1 = __nccwpck_require__(5279);
const add_1 = __nccwpck_require__(9618);
const arg_1 = __nccwpck_require__(4381);
const cmd_1 = __nccwpck_require__(5517);
const copy_1 = __nccwpck_require__(444);
const env_1 = __nccwpck_require__(1822);
const entrypoint_1 = __nccwpck_require__(1835);
const from_1 = __nccwpck_require__(5377);
const healthcheck_1 = __nccwpck_require__(1167);
const label_1 = __nccwpck_require__(3871);
const onbuild_1 = __nccwpck_require__(5554);
const run_1 = __nccwpck_require__(7224);
const shell_1 = __nccwpck_require__(7523);
const stopsignal_1 = __nccwpck_require__(4301);
const workdir_1 = __nccwpck_require__(7529);
const user_1 = __nccwpck_require__(3998);
const volume_1 = __nccwpck_require__(1347);
const dockerfile_1 = __nccwpck_require__(9933);
const util_1 = __nccwpck_require__(7459);
const main_1 = __nccwpck_require__(8390);
class Parser {
    constructor() {
        this.escapeChar = null;
    }
    static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
            case "ADD":
                return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ARG":
                return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "CMD":
                return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "COPY":
                return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENTRYPOINT":
                return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ENV":
                return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "FROM":
                return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "HEALTHCHECK":
                return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "LABEL":
                return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "ONBUILD":
                return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "RUN":
                return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "SHELL":
                return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "STOPSIGNAL":
                return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "WORKDIR":
                return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "USER":
                return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
            case "VOLUME":
                return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
    }
    getParserDirectives(document, buffer) {
        // reset the escape directive in between runs
        const directives = [];
        this.escapeChar = '';
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
            switch (buffer.charAt(i)) {
                case ' ':
                case '\t':
                    break;
                case '\r':
                case '\n':
                    // blank lines stop the parsing of directives immediately
                    break directiveCheck;
                case '#':
                    let directiveStart = -1;
                    let directiveEnd = -1;
                    for (let j = i + 1; j < buffer.length; j++) {
                        let char = buffer.charAt(j);
                        switch (char) {
                            case ' ':
                            case '\t':
                                if (directiveStart !== -1 && directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                break;
                            case '\r':
                            case '\n':
                                break directiveCheck;
                            case '=':
                                let valueStart = -1;
                                let valueEnd = -1;
                                if (directiveEnd === -1) {
                                    directiveEnd = j;
                                }
                                // assume the line ends with the file
                                let lineEnd = buffer.length;
                                directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                                    char = buffer.charAt(k);
                                    switch (char) {
                                        case '\r':
                                        case '\n':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            // line break found, reset
                                            lineEnd = k;
                                            break directiveValue;
                                        case '\t':
                                        case ' ':
                                            if (valueStart !== -1 && valueEnd === -1) {
                                                valueEnd = k;
                                            }
                                            continue;
                                        default:
                                            if (valueStart === -1) {
                                                valueStart = k;
                                            }
                                            break;
                                    }
                                }
                                if (directiveStart === -1) {
                                    // no directive, it's a regular comment
                                    break directiveCheck;
                                }
                                if (valueStart === -1) {
                                    // no non-whitespace characters found, highlight all the characters then
                                    valueStart = j + 1;
                                    valueEnd = lineEnd;
                                }
                                else if (valueEnd === -1) {
                                    // reached EOF
                                    valueEnd = buffer.length;
                                }
                                const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                                const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                                const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                                directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                                directiveStart = -1;
                                if (buffer.charAt(valueEnd) === '\r') {
                                    // skip over the \r
                                    i = valueEnd + 1;
                                }
                                else {
                                    i = valueEnd;
                                }
                                continue directiveCheck;
                            default:
                                if (directiveStart === -1) {
                                    directiveStart = j;
                                }
                                break;
                        }
                    }
                    break;
                default:
                    break directiveCheck;
            }
        }
        return directives;
    }
    parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = '\\';
        if (directives.length > 0) {
            dockerfile.setDirectives(directives);
            this.escapeChar = dockerfile.getEscapeCharacter();
            // start parsing after the directives
            offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        }
        else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
            offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
            const char = this.buffer.charAt(i);
            switch (char) {
                case ' ':
                case '\t':
                case '\r':
                case '\n':
                    break;
                case '#':
                    i = this.processComment(dockerfile, i);
                    break;
                default:
                    i = this.processInstruction(dockerfile, char, i);
                    break;
            }
        }
        dockerfile.organizeComments();
        return dockerfile;
    }
    processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
            char = this.buffer.charAt(i);
            switch (char) {
                case this.escapeChar:
                    escapedInstruction = true;
                    char = this.buffer.charAt(i + 1);
                    if (char === '\r' || char === '\n') {
                        if (instructionEnd === -1) {
                            instructionEnd = i;
                        }
                        i++;
                    }
                    else if (char === ' ' || char === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    // found an argument, mark end of instruction
                                    instructionEnd = i + 1;
                                    instruction = instruction + this.escapeChar;
                                    i = j - 2;
                                    continue instructionCheck;
                            }
                        }
                        // reached EOF
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        break instructionCheck;
                    }
                    else {
                        instructionEnd = i + 1;
                        instruction = instruction + this.escapeChar;
                        // reset and consider it as one contiguous word
                        escapedInstruction = false;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escapedInstruction) {
                        // on an escaped newline, need to search for non-whitespace
                        escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    i = j;
                                    continue instructionCheck;
                                default:
                                    break escapeCheck;
                            }
                        }
                        escapedInstruction = false;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
                    return i;
                case '\r':
                case '\n':
                    if (escapedInstruction) {
                        continue;
                    }
                    if (instructionEnd === -1) {
                        instructionEnd = i;
                    }
                    dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
                    return i;
                case '#':
                    if (escapedInstruction) {
                        continue;
                    }
                default:
                    instructionEnd = i + 1;
                    instruction = instruction + char;
                    escapedInstruction = false;
                    break;
            }
        }
        // reached EOF
        if (instructionEnd === -1) {
            instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
    }
    processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
            instruction = instruction.getTriggerInstruction();
            if (instruction === null) {
                return offset;
            }
            keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
            return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
            const value = arg.getValue();
            if (value.startsWith("<<") && value.length > 2) {
                if (value.startsWith("<<-")) {
                    tabbed = true;
                }
                const name = util_1.Util.parseHeredocName(value);
                if (name !== null) {
                    heredocs.push(name);
                }
            }
        }
        if (heredocs.length > 0) {
            for (const heredoc of heredocs) {
                offset = this.parseHeredoc(heredoc, offset, tabbed);
            }
        }
        return offset;
    }
    processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    if (escaped) {
                        continue;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
                case this.escapeChar:
                    const next = this.buffer.charAt(i + 1);
                    if (next === '\n' || next === '\r') {
                        escaped = true;
                        i++;
                    }
                    else if (next === ' ' || next === '\t') {
                        for (let j = i + 2; j < this.buffer.length; j++) {
                            switch (this.buffer.charAt(j)) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                case '\n':
                                    escaped = true;
                                default:
                                    i = j;
                                    continue argumentsCheck;
                            }
                        }
                        // reached EOF
                        return this.buffer.length;
                    }
                    continue;
                case '#':
                    if (escaped) {
                        i = this.processComment(dockerfile, i);
                        continue argumentsCheck;
                    }
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    if (escaped) {
                        escaped = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case '\r':
                case '\n':
                    end = i;
                    break commentLoop;
            }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
    }
    parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
            switch (this.buffer.charAt(i)) {
                case ' ':
                    lineStart = false;
                    break;
                case '\t':
                    if (!tabbed) {
                        lineStart = false;
                    }
                    break;
                case '\r':
                case '\n':
                    if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                        return i;
                    }
                    startWord = -1;
                    lineStart = true;
                    break;
                default:
                    if (lineStart) {
                        startWord = i;
                        lineStart = false;
                    }
                    break;
            }
        }
        return this.buffer.length;
    }
    createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
    }
}
exports.Parser = Parser;


/***/ }),

/***/ 7499:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParserDirective = void 0;
const main_1 = __nccwpck_require__(8390);
const line_1 = __nccwpck_require__(7005);
class ParserDirective extends line_1.Line {
    constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
    }
    toString() {
        return "# " + this.getName() + '=' + this.getValue();
    }
    getNameRange() {
        return this.nameRange;
    }
    getValueRange() {
        return this.valueRange;
    }
    getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
    }
    getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
    }
    getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === undefined ? null : directive;
    }
}
exports.ParserDirective = ParserDirective;


/***/ }),

/***/ 9602:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Property = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const util_1 = __nccwpck_require__(7459);
class Property {
    constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = Property.getValue(value, escapeChar);
        if (arg2) {
            this.valueRange = arg2.getRange();
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = Property.getValue(value, escapeChar);
            this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        }
        else {
            let argRange = arg.getRange();
            if (this.nameRange.start.line === argRange.start.line
                && this.nameRange.start.character === argRange.start.character
                && this.nameRange.end.line === argRange.end.line
                && this.nameRange.end.character === argRange.end.character) {
            }
            else {
                this.valueRange = Property.getValueRange(document, arg);
                value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
                this.value = Property.getValue(value, escapeChar);
                this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
                this.assignmentOperator = "=";
            }
            this.range = argRange;
        }
    }
    getRange() {
        return this.range;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    getValue() {
        return this.value;
    }
    getValueRange() {
        return this.valueRange;
    }
    /**
     * Retrieves the operator used for delimiting between the name and
     * value of this property. This will either be the "=" character
     * or null if a character was not used or if this property has no
     * value defined.
     */
    getAssignmentOperator() {
        return this.assignmentOperator;
    }
    getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
    }
    /**
     * Returns the value of this property including any enclosing
     * single or double quotes and relevant escape characters.
     * Escaped newlines and its associated contiguous whitespace
     * characters however will not be returned as they are deemed to
     * be uninteresting to clients trying to return a Dockerfile.
     *
     * @return the unescaped value of this property or null if this
     *         property has no associated value
     */
    getUnescapedValue() {
        if (this.valueRange === null) {
            return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case this.escapeChar:
                    for (let j = i + 1; j < value.length; j++) {
                        switch (value.charAt(j)) {
                            case '\r':
                                j++;
                            case '\n':
                                escaped = true;
                                i = j;
                                continue rawLoop;
                            case ' ':
                            case '\t':
                                break;
                            default:
                                rawValue = rawValue + char;
                                continue rawLoop;
                        }
                    }
                    // this happens if there's only whitespace after the escape character
                    rawValue = rawValue + char;
                    break;
                case '\r':
                case '\n':
                    break;
                case ' ':
                case '\t':
                    if (!escaped) {
                        rawValue = rawValue + char;
                    }
                    break;
                case '#':
                    if (escaped) {
                        for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    continue rawLoop;
                            }
                        }
                    }
                    else {
                        rawValue = rawValue + char;
                    }
                    break;
                default:
                    rawValue = rawValue + char;
                    escaped = false;
                    break;
            }
        }
        return rawValue;
    }
    static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf('=');
        if (index !== -1) {
            let initial = value.charAt(0);
            let before = value.charAt(index - 1);
            // check if content before the equals sign are in quotes
            // "var"=value
            // 'var'=value
            // otherwise, just assume it's a standard definition
            // var=value
            if ((initial === '"' && before === '"') || (initial === '\'' && before === '\'') || (initial !== '"' && initial !== '\'')) {
                return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
            }
        }
        // no '=' found, just defined the property's name
        return arg.getRange();
    }
    static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf('=') + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
    }
    /**
     * Returns the actual value of this key-value pair. The value will
     * have its escape characters removed if applicable. If the value
     * spans multiple lines and there are comments nested within the
     * lines, they too will be removed.
     *
     * @return the value that this key-value pair will actually be, may
     *         be null if no value is defined, may be the empty string
     *         if the value only consists of whitespace
     */
    static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === '#') {
            // need to skip over comments
            escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === '\'' || first === '"';
        let inSingle = (first === '\'' && last === '\'');
        let inDouble = false;
        if (first === '"') {
            for (let i = 1; i < value.length; i++) {
                if (value.charAt(i) === escapeChar) {
                    i++;
                }
                else if (value.charAt(i) === '"' && i === value.length - 1) {
                    inDouble = true;
                }
            }
        }
        if (inSingle || inDouble) {
            value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
            let char = value.charAt(i);
            switch (char) {
                case escapeChar:
                    if (i + 1 === value.length) {
                        escapedValue = escapedValue + escapeChar;
                        break parseValue;
                    }
                    char = value.charAt(i + 1);
                    if (char === ' ' || char === '\t') {
                        whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                            let char2 = value.charAt(j);
                            switch (char2) {
                                case ' ':
                                case '\t':
                                    break;
                                case '\r':
                                    j++;
                                case '\n':
                                    escaped = true;
                                    i = j;
                                    continue parseValue;
                                default:
                                    if (!inDouble && !inSingle && !literal) {
                                        if (char2 === escapeChar) {
                                            // add the escaped character
                                            escapedValue = escapedValue + char;
                                            // now start parsing from the next escape character
                                            i = i + 1;
                                        }
                                        else {
                                            // the expectation is that this j = i + 2 here
                                            escapedValue = escapedValue + char + char2;
                                            i = j;
                                        }
                                        continue parseValue;
                                    }
                                    break whitespaceCheck;
                            }
                        }
                    }
                    if (inDouble) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else if (char !== '"') {
                            if (char === escapeChar) {
                                i++;
                            }
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (inSingle || literal) {
                        if (char === '\r') {
                            escaped = true;
                            i = i + 2;
                        }
                        else if (char === '\n') {
                            escaped = true;
                            i++;
                        }
                        else {
                            escapedValue = escapedValue + escapeChar;
                        }
                        continue parseValue;
                    }
                    else if (char === escapeChar) {
                        // double escape, append one and move on
                        escapedValue = escapedValue + escapeChar;
                        i++;
                    }
                    else if (char === '\r') {
                        escaped = true;
                        // offset one more for \r\n
                        i = i + 2;
                    }
                    else if (char === '\n') {
                        escaped = true;
                        i++;
                        start = i;
                    }
                    else {
                        // any other escapes are simply ignored
                        escapedValue = escapedValue + char;
                        i++;
                    }
                    break;
                case ' ':
                case '\t':
                    if (escaped && commentCheck === -1) {
                        commentCheck = i;
                    }
                    escapedValue = escapedValue + char;
                    break;
                case '\r':
                    i++;
                case '\n':
                    if (escaped && commentCheck !== -1) {
                        // rollback and remove the whitespace that was previously appended
                        escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                        commentCheck = -1;
                    }
                    break;
                case '#':
                    // a newline was escaped and now there's a comment
                    if (escaped) {
                        if (commentCheck !== -1) {
                            // rollback and remove the whitespace that was previously appended
                            escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                            commentCheck = -1;
                        }
                        newlineCheck: for (let j = i + 1; j < value.length; j++) {
                            switch (value.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    break newlineCheck;
                            }
                        }
                        continue parseValue;
                    }
                default:
                    if (escaped) {
                        escaped = false;
                        commentCheck = -1;
                    }
                    escapedValue = escapedValue + char;
                    break;
            }
        }
        return escapedValue;
    }
}
exports.Property = Property;


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PropertyInstruction = void 0;
const vscode_languageserver_types_1 = __nccwpck_require__(4612);
const instruction_1 = __nccwpck_require__(5279);
const property_1 = __nccwpck_require__(9602);
const argument_1 = __nccwpck_require__(5940);
const util_1 = __nccwpck_require__(7459);
class PropertyInstruction extends instruction_1.Instruction {
    constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = undefined;
    }
    getProperties() {
        if (this.properties === undefined) {
            let args = this.getPropertyArguments();
            if (args.length === 0) {
                this.properties = [];
            }
            else if (args.length === 1) {
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
            }
            else if (args.length === 2) {
                if (args[0].getValue().indexOf('=') === -1) {
                    this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
                }
                else {
                    this.properties = [
                        new property_1.Property(this.document, this.escapeChar, args[0]),
                        new property_1.Property(this.document, this.escapeChar, args[1])
                    ];
                }
            }
            else if (args[0].getValue().indexOf('=') === -1) {
                let text = this.document.getText();
                let start = args[1].getRange().start;
                let end = args[args.length - 1].getRange().end;
                text = text.substring(this.document.offsetAt(start), this.document.offsetAt(end));
                this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
            }
            else {
                this.properties = [];
                for (let i = 0; i < args.length; i++) {
                    this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
                }
            }
        }
        return this.properties;
    }
    /**
     * Goes from the back of the string and returns the first
     * non-whitespace character that is found. If an escape character
     * is found with newline characters, the escape character will
     * not be considered a non-whitespace character and its index in
     * the string will not be returned.
     *
     * @param content the string to search through
     * @return the index in the string for the first non-whitespace
     *         character when searching from the end of the string
     */
    findTrailingNonWhitespace(content) {
        // loop back to find the first non-whitespace character
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case '\n':
                    if (content.charAt(i - 1) === '\r') {
                        i = i - 1;
                    }
                case '\r':
                    newlineCheck: for (let j = i - 1; j >= 0; j--) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                            case '\r':
                            case '\n':
                            case this.escapeChar:
                                continue;
                            default:
                                index = j;
                                break newlineCheck;
                        }
                    }
                    break whitespaceCheck;
                default:
                    index = i;
                    break whitespaceCheck;
            }
        }
        return index;
    }
    getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
            // only whitespace found, no arguments
            return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        // records whether the parser has just processed an escaped newline or not,
        // if our starting position is not on the same line as the instruction then
        // the start of the content is already on an escaped line
        let escaped = range.start.line !== startPosition.line;
        // flag to track if the last character was an escape character
        let endingEscape = false;
        // position before the first escape character was hit
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
            let char = content.charAt(i);
            switch (char) {
                case this.escapeChar:
                    if (i + 1 === content.length) {
                        endingEscape = true;
                        break argumentLoop;
                    }
                    if (!escaped) {
                        mark = i;
                    }
                    switch (content.charAt(i + 1)) {
                        case ' ':
                        case '\t':
                            if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                                // space was escaped, continue as normal
                                i = i + 1;
                                continue argumentLoop;
                            }
                            // whitespace encountered, need to figure out if it extends to EOL
                            whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                                switch (content.charAt(j)) {
                                    case '\r':
                                        // offset one more for \r\n
                                        j++;
                                    case '\n':
                                        // whitespace only, safe to skip
                                        escaped = true;
                                        i = j;
                                        continue argumentLoop;
                                    case ' ':
                                    case '\t':
                                        // ignore whitespace
                                        break;
                                    default:
                                        // whitespace doesn't extend to EOL, create an argument
                                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                                        argStart = j;
                                        break whitespaceCheck;
                                }
                            }
                            // go back and start processing the encountered non-whitespace character
                            i = argStart - 1;
                            continue argumentLoop;
                        case '\r':
                            // offset one more for \r\n
                            i++;
                        case '\n':
                            // immediately followed by a newline, skip the newline
                            escaped = true;
                            i = i + 1;
                            continue argumentLoop;
                        case this.escapeChar:
                            // double escape found, skip it and move on
                            if (argStart === -1) {
                                argStart = i;
                            }
                            i = i + 1;
                            continue argumentLoop;
                        default:
                            if (argStart === -1) {
                                argStart = i;
                            }
                            // non-whitespace encountered, skip the escape and process the
                            // character normally
                            continue argumentLoop;
                    }
                case '\'':
                case '"':
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    if (argStart === -1) {
                        argStart = i;
                    }
                    for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case char:
                                if (content.charAt(j + 1) !== ' ' && content.charAt(j + 1) !== '') {
                                    // there is more content after this quote,
                                    // continue so that it is all processed as
                                    // one single argument
                                    i = j;
                                    continue argumentLoop;
                                }
                                args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                                i = j;
                                argStart = -1;
                                continue argumentLoop;
                            case this.escapeChar:
                                j++;
                                break;
                        }
                    }
                    break argumentLoop;
                case ' ':
                case '\t':
                    if (escaped) {
                        // consider there to be a space only if an argument
                        // is not spanning multiple lines
                        if (argStart !== -1) {
                            spaced = true;
                        }
                    }
                    else if (argStart !== -1) {
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                        argStart = -1;
                    }
                    break;
                case '\r':
                    // offset one more for \r\n
                    i++;
                case '\n':
                    spaced = false;
                    break;
                case '#':
                    if (escaped) {
                        // a newline was escaped and now there's a comment
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case '\r':
                                    j++;
                                case '\n':
                                    i = j;
                                    spaced = false;
                                    continue argumentLoop;
                            }
                        }
                        // went to the end without finding a newline,
                        // the comment was the last line in the instruction,
                        // just stop parsing, create an argument if needed
                        if (argStart !== -1) {
                            let value = content.substring(argStart, mark);
                            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                            argStart = -1;
                        }
                        break argumentLoop;
                    }
                    else if (argStart === -1) {
                        argStart = i;
                    }
                    break;
                default:
                    if (spaced) {
                        this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                        // reset to start a new argument
                        argStart = i;
                        spaced = false;
                    }
                    escaped = false;
                    if (argStart === -1) {
                        argStart = i;
                    }
                    // variable detected
                    if (char === '$' && content.charAt(i + 1) === '{') {
                        let singleQuotes = false;
                        let doubleQuotes = false;
                        let escaped = false;
                        for (let j = i + 1; j < content.length; j++) {
                            switch (content.charAt(j)) {
                                case this.escapeChar:
                                    escaped = true;
                                    break;
                                case '\r':
                                case '\n':
                                    break;
                                case '\'':
                                    singleQuotes = !singleQuotes;
                                    escaped = false;
                                    break;
                                case '"':
                                    doubleQuotes = !doubleQuotes;
                                    escaped = false;
                                    break;
                                case ' ':
                                case '\t':
                                    if (escaped || singleQuotes || doubleQuotes) {
                                        break;
                                    }
                                    i = j - 1;
                                    continue argumentLoop;
                                case '}':
                                    i = j;
                                    continue argumentLoop;
                                default:
                                    escaped = false;
                                    break;
                            }
                        }
                        break argumentLoop;
                    }
                    break;
            }
        }
        if (argStart !== -1 && argStart !== content.length) {
            let end = endingEscape ? content.length - 1 : content.length;
            let value = content.substring(argStart, end);
            args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end))));
        }
        return args;
    }
    createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
            args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
    }
}
exports.PropertyInstruction = PropertyInstruction;


/***/ }),

/***/ 7459:
/***/ ((__unused_webpack_module, exports) => {

/* --------------------------------------------------------------------------------------------
 * Copyright (c) Remy Suen. All rights reserved.
 * Licensed under the MIT License. See License.txt in the project root for license information.
 * ------------------------------------------------------------------------------------------ */

Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Util = void 0;
class Util {
    static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 0xEF && uintArray[1] == 0xBB && uintArray[2] == 0xBF;
    }
    static isWhitespace(char) {
        return char === ' ' || char === '\t' || Util.isNewline(char);
    }
    static isNewline(char) {
        return char === '\r' || char === '\n';
    }
    static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
            switch (content.charAt(i)) {
                case ' ':
                case '\t':
                    continue;
                case escapeChar:
                    escapeCheck: for (let j = i + 1; j < content.length; j++) {
                        switch (content.charAt(j)) {
                            case ' ':
                            case '\t':
                                continue;
                            case '\r':
                                // offset one more for \r\n
                                i = j + 1;
                                continue whitespaceCheck;
                            case '\n':
                                i = j;
                                continue whitespaceCheck;
                            default:
                                break escapeCheck;
                        }
                    }
                    // found an escape character and then reached EOF
                    return -1;
                default:
                    return i;
            }
        }
        // only possible if the content is the empty string
        return -1;
    }
    /**
     * Determines if the given position is contained within the given range.
     *
     * @param position the position to check
     * @param range the range to see if the position is inside of
     */
    static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
            return range.start.line === position.line
                && range.start.character <= position.character
                && position.character <= range.end.character;
        }
        else if (range.start.line === position.line) {
            return range.start.character <= position.character;
        }
        else if (range.end.line === position.line) {
            return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
    }
    static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === '-') {
            value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
            if (value.charAt(value.length - 1) !== '"') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === '\'') {
            if (value.charAt(value.length - 1) !== '\'') {
                return null;
            }
            value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
            return null;
        }
        return value;
    }
}
exports.Util = Util;


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Variable = void 0;
class Variable {
    constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
    }
    toString() {
        return this.stringValue;
    }
    getName() {
        return this.name;
    }
    getNameRange() {
        return this.nameRange;
    }
    /**
     * Returns the range of the entire variable. This includes the symbols for
     * the declaration of the variable such as the $, {, and } symbols.
     *
     * @return the range in the document that this variable encompasses in its
     *         entirety
     */
    getRange() {
        return this.range;
    }
    /**
     * Returns the modifier character that has been set for
     * specifying how this variable should be expanded and resolved.
     * If this variable is ${variable:+value} then the modifier
     * character is '+'. Will be the empty string if the variable is
     * declared as ${variable:}. Otherwise, will be null if this
     * variable will not use variable substitution at all (such as
     * ${variable} or $variable).
     *
     * @return this variable's modifier character, or the empty
     *         string if it does not have one, or null if this
     *         variable will not use variable substitution
     */
    getModifier() {
        return this.modifier;
    }
    getModifierRange() {
        return this.modifierRange;
    }
    /**
     * Returns the parameter that will be used for substitution if
     * this variable uses modifiers to define how its value should be
     * resolved. If this variable is ${variable:+value} then the
     * substitution value will be 'value'. Will be the empty string
     * if the variable is declared as ${variable:+} or some other
     * variant where the only thing that follows the modifier
     * character (excluding considerations of escape characters and
     * so on) is the variable's closing bracket. May be null if this
     * variable does not have a modifier character defined (such as
     * ${variable} or $variable).
     *
     * @return this variable's substitution parameter, or the empty
     *         string if it does not have one, or null if there is
     *         not one defined
     */
    getSubstitutionParameter() {
        return this.substitutionParameter;
    }
    getSubstitutionRange() {
        return this.substitutionRange;
    }
    /**
     * Returns whether this variable has been defined or not.
     *
     * @return true if this variable has been defined, false otherwise
     */
    isDefined() {
        return this.defined;
    }
    isBuildVariable() {
        return this.buildVariable === true;
    }
    isEnvironmentVariable() {
        return this.buildVariable === false;
    }
}
exports.Variable = Variable;


/***/ }),

/***/ 3383:
/***/ (function(module, exports) {

var __spreadArray = (this && this.__spreadArray) || function (to, from, pack) {
    if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
        if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
        }
    }
    return to.concat(ar || Array.prototype.slice.call(from));
};
(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function (require, exports) {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.TextDocument = void 0;
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (changes, version) {
            for (var _i = 0, changes_1 = changes; _i < changes_1.length; _i++) {
                var change = changes_1[_i];
                if (FullTextDocument.isIncremental(change)) {
                    // makes sure start is before end
                    var range = getWellformedRange(change.range);
                    // update content
                    var startOffset = this.offsetAt(range.start);
                    var endOffset = this.offsetAt(range.end);
                    this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
                    var insertedEndOffset = startOffset + change.text.length;
                    var crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(startOffset) === 10 /* CharCode.LineFeed */;
                    var crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 /* CharCode.CarriageReturn */ && this._content.charCodeAt(insertedEndOffset) === 10 /* CharCode.LineFeed */;
                    if (crlfAtStart || crlfAtEnd) {
                        // A CRLF pair across an edit boundary is not included in the inserted text's line offsets.
                        this._lineOffsets = undefined;
                        continue;
                    }
                    // update the offsets
                    var startLine = Math.max(range.start.line, 0);
                    var endLine = Math.max(range.end.line, 0);
                    var lineOffsets = this._lineOffsets;
                    var addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
                    if (endLine - startLine === addedLineOffsets.length) {
                        for (var i = 0, len = addedLineOffsets.length; i < len; i++) {
                            lineOffsets[i + startLine + 1] = addedLineOffsets[i];
                        }
                    }
                    else {
                        if (addedLineOffsets.length < 10000) {
                            lineOffsets.splice.apply(lineOffsets, __spreadArray([startLine + 1, endLine - startLine], addedLineOffsets, false));
                        }
                        else { // avoid too many arguments for splice
                            this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
                        }
                    }
                    var diff = change.text.length - (endOffset - startOffset);
                    if (diff !== 0) {
                        for (var i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                            lineOffsets[i] = lineOffsets[i] + diff;
                        }
                    }
                }
                else if (FullTextDocument.isFull(change)) {
                    this._content = change.text;
                    this._lineOffsets = undefined;
                }
                else {
                    throw new Error('Unknown change event received');
                }
            }
            this._version = version;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                this._lineOffsets = computeLineOffsets(this._content, true);
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return { line: 0, character: offset };
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
            return { line: line, character: offset - lineOffsets[line] };
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            if (position.character <= 0) {
                return lineOffset;
            }
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            var offset = Math.min(lineOffset + position.character, nextLineOffset);
            return this.ensureBeforeEOL(offset, lineOffset);
        };
        FullTextDocument.prototype.getLineRange = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                var lastLine = lineOffsets.length - 1;
                return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
            }
            else if (line < 0) {
                return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
            }
            var startOffset = lineOffsets[line];
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
            return { start: { line: line, character: 0 }, end: { line: line, character: endOffset - startOffset } };
        };
        FullTextDocument.prototype.getEOLCharacters = function (line) {
            var lineOffsets = this.getLineOffsets();
            if (line >= lineOffsets.length) {
                return '';
            }
            else if (line < 0) {
                return '';
            }
            var nextLineOffset = (line + 1 < lineOffsets.length) ? lineOffsets[line + 1] : this._content.length;
            var eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
            return this._content.substring(eolOffset, nextLineOffset);
        };
        FullTextDocument.prototype.ensureBeforeEOL = function (offset, lineOffset) {
            while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
                offset--;
            }
            return offset;
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.isIncremental = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range !== undefined &&
                (candidate.rangeLength === undefined || typeof candidate.rangeLength === 'number');
        };
        FullTextDocument.isFull = function (event) {
            var candidate = event;
            return candidate !== undefined && candidate !== null &&
                typeof candidate.text === 'string' && candidate.range === undefined && candidate.rangeLength === undefined;
        };
        return FullTextDocument;
    }());
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new text document.
         *
         * @param uri The document's uri.
         * @param languageId  The document's language Id.
         * @param version The document's initial version number.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Updates a TextDocument by modifying its content.
         *
         * @param document the document to update. Only documents created by TextDocument.create are valid inputs.
         * @param changes the changes to apply to the document.
         * @param version the changes version for the document.
         * @returns The updated TextDocument. Note: That's the same document instance passed in as first parameter.
         *
         */
        function update(document, changes, version) {
            if (document instanceof FullTextDocument) {
                document.update(changes, version);
                return document;
            }
            else {
                throw new Error('TextDocument.update: document must be created by TextDocument.create');
            }
        }
        TextDocument.update = update;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits.map(getWellformedEdit), function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = 0;
            var spans = [];
            for (var _i = 0, sortedEdits_1 = sortedEdits; _i < sortedEdits_1.length; _i++) {
                var e = sortedEdits_1[_i];
                var startOffset = document.offsetAt(e.range.start);
                if (startOffset < lastModifiedOffset) {
                    throw new Error('Overlapping edit');
                }
                else if (startOffset > lastModifiedOffset) {
                    spans.push(text.substring(lastModifiedOffset, startOffset));
                }
                if (e.newText.length) {
                    spans.push(e.newText);
                }
                lastModifiedOffset = document.offsetAt(e.range.end);
            }
            spans.push(text.substr(lastModifiedOffset));
            return spans.join('');
        }
        TextDocument.applyEdits = applyEdits;
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    function mergeSort(data, compare) {
        if (data.length <= 1) {
            // sorted
            return data;
        }
        var p = (data.length / 2) | 0;
        var left = data.slice(0, p);
        var right = data.slice(p);
        mergeSort(left, compare);
        mergeSort(right, compare);
        var leftIdx = 0;
        var rightIdx = 0;
        var i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
            var ret = compare(left[leftIdx], right[rightIdx]);
            if (ret <= 0) {
                // smaller_equal -> take left to preserve order
                data[i++] = left[leftIdx++];
            }
            else {
                // greater -> take right
                data[i++] = right[rightIdx++];
            }
        }
        while (leftIdx < left.length) {
            data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
            data[i++] = right[rightIdx++];
        }
        return data;
    }
    function computeLineOffsets(text, isAtLineStart, textOffset) {
        if (textOffset === void 0) { textOffset = 0; }
        var result = isAtLineStart ? [textOffset] : [];
        for (var i = 0; i < text.length; i++) {
            var ch = text.charCodeAt(i);
            if (isEOL(ch)) {
                if (ch === 13 /* CharCode.CarriageReturn */ && i + 1 < text.length && text.charCodeAt(i + 1) === 10 /* CharCode.LineFeed */) {
                    i++;
                }
                result.push(textOffset + i + 1);
            }
        }
        return result;
    }
    function isEOL(char) {
        return char === 13 /* CharCode.CarriageReturn */ || char === 10 /* CharCode.LineFeed */;
    }
    function getWellformedRange(range) {
        var start = range.start;
        var end = range.end;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            return { start: end, end: start };
        }
        return range;
    }
    function getWellformedEdit(textEdit) {
        var range = getWellformedRange(textEdit.range);
        if (range !== textEdit.range) {
            return { newText: textEdit.newText, range: range };
        }
        return textEdit;
    }
});


/***/ }),

/***/ 4612:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /* --------------------------------------------------------------------------------------------
     * Copyright (c) Microsoft Corporation. All rights reserved.
     * Licensed under the MIT License. See License.txt in the project root for license information.
     * ------------------------------------------------------------------------------------------ */
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.TextDocument = exports.EOL = exports.WorkspaceFolder = exports.InlineCompletionContext = exports.SelectedCompletionInfo = exports.InlineCompletionTriggerKind = exports.InlineCompletionList = exports.InlineCompletionItem = exports.StringValue = exports.InlayHint = exports.InlayHintLabelPart = exports.InlayHintKind = exports.InlineValueContext = exports.InlineValueEvaluatableExpression = exports.InlineValueVariableLookup = exports.InlineValueText = exports.SemanticTokens = exports.SemanticTokenModifiers = exports.SemanticTokenTypes = exports.SelectionRange = exports.DocumentLink = exports.FormattingOptions = exports.CodeLens = exports.CodeAction = exports.CodeActionTag = exports.CodeActionContext = exports.CodeActionTriggerKind = exports.CodeActionKind = exports.DocumentSymbol = exports.WorkspaceSymbol = exports.SymbolInformation = exports.SymbolTag = exports.SymbolKind = exports.DocumentHighlight = exports.DocumentHighlightKind = exports.SignatureInformation = exports.ParameterInformation = exports.Hover = exports.MarkedString = exports.CompletionList = exports.CompletionItem = exports.CompletionItemLabelDetails = exports.ApplyKind = exports.InsertTextMode = exports.InsertReplaceEdit = exports.CompletionItemTag = exports.InsertTextFormat = exports.CompletionItemKind = exports.MarkupContent = exports.MarkupKind = exports.TextDocumentItem = exports.LanguageKind = exports.OptionalVersionedTextDocumentIdentifier = exports.VersionedTextDocumentIdentifier = exports.TextDocumentIdentifier = exports.WorkspaceChange = exports.SnippetTextEdit = exports.WorkspaceEdit = exports.DeleteFile = exports.RenameFile = exports.CreateFile = exports.TextDocumentEdit = exports.AnnotatedTextEdit = exports.ChangeAnnotationIdentifier = exports.ChangeAnnotation = exports.TextEdit = exports.Command = exports.Diagnostic = exports.CodeDescription = exports.DiagnosticTag = exports.DiagnosticSeverity = exports.DiagnosticRelatedInformation = exports.FoldingRange = exports.FoldingRangeKind = exports.ColorPresentation = exports.ColorInformation = exports.Color = exports.LocationLink = exports.Location = exports.Range = exports.Position = exports.uinteger = exports.integer = exports.URI = exports.DocumentUri = void 0;
    var DocumentUri;
    (function (DocumentUri) {
        function is(value) {
            return typeof value === 'string';
        }
        DocumentUri.is = is;
    })(DocumentUri || (exports.DocumentUri = DocumentUri = {}));
    var URI;
    (function (URI) {
        function is(value) {
            return typeof value === 'string';
        }
        URI.is = is;
    })(URI || (exports.URI = URI = {}));
    var integer;
    (function (integer) {
        integer.MIN_VALUE = -2147483648;
        integer.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && integer.MIN_VALUE <= value && value <= integer.MAX_VALUE;
        }
        integer.is = is;
    })(integer || (exports.integer = integer = {}));
    var uinteger;
    (function (uinteger) {
        uinteger.MIN_VALUE = 0;
        uinteger.MAX_VALUE = 2147483647;
        function is(value) {
            return typeof value === 'number' && uinteger.MIN_VALUE <= value && value <= uinteger.MAX_VALUE;
        }
        uinteger.is = is;
    })(uinteger || (exports.uinteger = uinteger = {}));
    /**
     * The Position namespace provides helper functions to work with
     * {@link Position} literals.
     */
    var Position;
    (function (Position) {
        /**
         * Creates a new Position literal from the given line and character.
         * @param line The position's line.
         * @param character The position's character.
         */
        function create(line, character) {
            if (line === Number.MAX_VALUE) {
                line = uinteger.MAX_VALUE;
            }
            if (character === Number.MAX_VALUE) {
                character = uinteger.MAX_VALUE;
            }
            return { line: line, character: character };
        }
        Position.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Position} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
        }
        Position.is = is;
    })(Position || (exports.Position = Position = {}));
    /**
     * The Range namespace provides helper functions to work with
     * {@link Range} literals.
     */
    var Range;
    (function (Range) {
        function create(one, two, three, four) {
            if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
                return { start: Position.create(one, two), end: Position.create(three, four) };
            }
            else if (Position.is(one) && Position.is(two)) {
                return { start: one, end: two };
            }
            else {
                throw new Error("Range#create called with invalid arguments[".concat(one, ", ").concat(two, ", ").concat(three, ", ").concat(four, "]"));
            }
        }
        Range.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Range} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
        }
        Range.is = is;
    })(Range || (exports.Range = Range = {}));
    /**
     * The Location namespace provides helper functions to work with
     * {@link Location} literals.
     */
    var Location;
    (function (Location) {
        /**
         * Creates a Location literal.
         * @param uri The location's uri.
         * @param range The location's range.
         */
        function create(uri, range) {
            return { uri: uri, range: range };
        }
        Location.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Location} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
        }
        Location.is = is;
    })(Location || (exports.Location = Location = {}));
    /**
     * The LocationLink namespace provides helper functions to work with
     * {@link LocationLink} literals.
     */
    var LocationLink;
    (function (LocationLink) {
        /**
         * Creates a LocationLink literal.
         * @param targetUri The definition's uri.
         * @param targetRange The full range of the definition.
         * @param targetSelectionRange The span of the symbol definition at the target.
         * @param originSelectionRange The span of the symbol being defined in the originating source file.
         */
        function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
            return { targetUri: targetUri, targetRange: targetRange, targetSelectionRange: targetSelectionRange, originSelectionRange: originSelectionRange };
        }
        LocationLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link LocationLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri)
                && Range.is(candidate.targetSelectionRange)
                && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
        }
        LocationLink.is = is;
    })(LocationLink || (exports.LocationLink = LocationLink = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link Color} literals.
     */
    var Color;
    (function (Color) {
        /**
         * Creates a new Color literal.
         */
        function create(red, green, blue, alpha) {
            return {
                red: red,
                green: green,
                blue: blue,
                alpha: alpha,
            };
        }
        Color.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Color} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1)
                && Is.numberRange(candidate.green, 0, 1)
                && Is.numberRange(candidate.blue, 0, 1)
                && Is.numberRange(candidate.alpha, 0, 1);
        }
        Color.is = is;
    })(Color || (exports.Color = Color = {}));
    /**
     * The ColorInformation namespace provides helper functions to work with
     * {@link ColorInformation} literals.
     */
    var ColorInformation;
    (function (ColorInformation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(range, color) {
            return {
                range: range,
                color: color,
            };
        }
        ColorInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
        }
        ColorInformation.is = is;
    })(ColorInformation || (exports.ColorInformation = ColorInformation = {}));
    /**
     * The Color namespace provides helper functions to work with
     * {@link ColorPresentation} literals.
     */
    var ColorPresentation;
    (function (ColorPresentation) {
        /**
         * Creates a new ColorInformation literal.
         */
        function create(label, textEdit, additionalTextEdits) {
            return {
                label: label,
                textEdit: textEdit,
                additionalTextEdits: additionalTextEdits,
            };
        }
        ColorPresentation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ColorInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label)
                && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit))
                && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
        }
        ColorPresentation.is = is;
    })(ColorPresentation || (exports.ColorPresentation = ColorPresentation = {}));
    /**
     * A set of predefined range kinds.
     */
    var FoldingRangeKind;
    (function (FoldingRangeKind) {
        /**
         * Folding range for a comment
         */
        FoldingRangeKind.Comment = 'comment';
        /**
         * Folding range for an import or include
         */
        FoldingRangeKind.Imports = 'imports';
        /**
         * Folding range for a region (e.g. `#region`)
         */
        FoldingRangeKind.Region = 'region';
    })(FoldingRangeKind || (exports.FoldingRangeKind = FoldingRangeKind = {}));
    /**
     * The folding range namespace provides helper functions to work with
     * {@link FoldingRange} literals.
     */
    var FoldingRange;
    (function (FoldingRange) {
        /**
         * Creates a new FoldingRange literal.
         */
        function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
            var result = {
                startLine: startLine,
                endLine: endLine
            };
            if (Is.defined(startCharacter)) {
                result.startCharacter = startCharacter;
            }
            if (Is.defined(endCharacter)) {
                result.endCharacter = endCharacter;
            }
            if (Is.defined(kind)) {
                result.kind = kind;
            }
            if (Is.defined(collapsedText)) {
                result.collapsedText = collapsedText;
            }
            return result;
        }
        FoldingRange.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FoldingRange} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine)
                && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter))
                && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter))
                && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
        }
        FoldingRange.is = is;
    })(FoldingRange || (exports.FoldingRange = FoldingRange = {}));
    /**
     * The DiagnosticRelatedInformation namespace provides helper functions to work with
     * {@link DiagnosticRelatedInformation} literals.
     */
    var DiagnosticRelatedInformation;
    (function (DiagnosticRelatedInformation) {
        /**
         * Creates a new DiagnosticRelatedInformation literal.
         */
        function create(location, message) {
            return {
                location: location,
                message: message
            };
        }
        DiagnosticRelatedInformation.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DiagnosticRelatedInformation} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
        }
        DiagnosticRelatedInformation.is = is;
    })(DiagnosticRelatedInformation || (exports.DiagnosticRelatedInformation = DiagnosticRelatedInformation = {}));
    /**
     * The diagnostic's severity.
     */
    var DiagnosticSeverity;
    (function (DiagnosticSeverity) {
        /**
         * Reports an error.
         */
        DiagnosticSeverity.Error = 1;
        /**
         * Reports a warning.
         */
        DiagnosticSeverity.Warning = 2;
        /**
         * Reports an information.
         */
        DiagnosticSeverity.Information = 3;
        /**
         * Reports a hint.
         */
        DiagnosticSeverity.Hint = 4;
    })(DiagnosticSeverity || (exports.DiagnosticSeverity = DiagnosticSeverity = {}));
    /**
     * The diagnostic tags.
     *
     * @since 3.15.0
     */
    var DiagnosticTag;
    (function (DiagnosticTag) {
        /**
         * Unused or unnecessary code.
         *
         * Clients are allowed to render diagnostics with this tag faded out instead of having
         * an error squiggle.
         */
        DiagnosticTag.Unnecessary = 1;
        /**
         * Deprecated or obsolete code.
         *
         * Clients are allowed to rendered diagnostics with this tag strike through.
         */
        DiagnosticTag.Deprecated = 2;
    })(DiagnosticTag || (exports.DiagnosticTag = DiagnosticTag = {}));
    /**
     * The CodeDescription namespace provides functions to deal with descriptions for diagnostic codes.
     *
     * @since 3.16.0
     */
    var CodeDescription;
    (function (CodeDescription) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.href);
        }
        CodeDescription.is = is;
    })(CodeDescription || (exports.CodeDescription = CodeDescription = {}));
    /**
     * The Diagnostic namespace provides helper functions to work with
     * {@link Diagnostic} literals.
     */
    var Diagnostic;
    (function (Diagnostic) {
        /**
         * Creates a new Diagnostic literal.
         */
        function create(range, message, severity, code, source, relatedInformation) {
            var result = { range: range, message: message };
            if (Is.defined(severity)) {
                result.severity = severity;
            }
            if (Is.defined(code)) {
                result.code = code;
            }
            if (Is.defined(source)) {
                result.source = source;
            }
            if (Is.defined(relatedInformation)) {
                result.relatedInformation = relatedInformation;
            }
            return result;
        }
        Diagnostic.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Diagnostic} interface.
         */
        function is(value) {
            var _a;
            var candidate = value;
            return Is.defined(candidate)
                && Range.is(candidate.range)
                && (Is.string(candidate.message) || MarkupContent.is(candidate.message))
                && (Is.number(candidate.severity) || Is.undefined(candidate.severity))
                && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code))
                && (Is.undefined(candidate.codeDescription) || (Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)))
                && (Is.string(candidate.source) || Is.undefined(candidate.source))
                && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
        }
        Diagnostic.is = is;
        /**
         * Checks whether the given diagnostic's message conforms to the 3.17.0
         * version of the protocol where the message is a string.
         *
         * @param value the diagnostic
         * @returns true if the diagnostic's message is a string, false otherwise.
         */
        function is3_17(value) {
            return Is.string(value.message);
        }
        Diagnostic.is3_17 = is3_17;
        /**
         * Gets the message string of a diagnostic. If the message is already a
         * string, it is returned as is. If the message is a MarkupContent,
         * the value of the MarkupContent is returned. Otherwise an error is thrown.
         *
         * @param diagnostic the diagnostic to get the message string from.
         * @returns the message string of the given diagnostic.
         */
        function getMessageString(diagnostic) {
            if (Is.string(diagnostic.message)) {
                return diagnostic.message;
            }
            else if (MarkupContent.is(diagnostic.message)) {
                return diagnostic.message.value;
            }
            else {
                throw new Error("Unknown message type ".concat(typeof diagnostic.message));
            }
        }
        Diagnostic.getMessageString = getMessageString;
    })(Diagnostic || (exports.Diagnostic = Diagnostic = {}));
    /**
     * The Command namespace provides helper functions to work with
     * {@link Command} literals.
     */
    var Command;
    (function (Command) {
        /**
         * Creates a new Command literal.
         */
        function create(title, command) {
            var args = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                args[_i - 2] = arguments[_i];
            }
            var result = { title: title, command: command };
            if (Is.defined(args) && args.length > 0) {
                result.arguments = args;
            }
            return result;
        }
        Command.create = create;
        /**
         * Checks whether the given literal conforms to the {@link Command} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === undefined || Is.string(candidate.tooltip)) && Is.string(candidate.command);
        }
        Command.is = is;
    })(Command || (exports.Command = Command = {}));
    /**
     * The TextEdit namespace provides helper function to create replace,
     * insert and delete edits more easily.
     */
    var TextEdit;
    (function (TextEdit) {
        /**
         * Creates a replace text edit.
         * @param range The range of text to be replaced.
         * @param newText The new text.
         */
        function replace(range, newText) {
            return { range: range, newText: newText };
        }
        TextEdit.replace = replace;
        /**
         * Creates an insert text edit.
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         */
        function insert(position, newText) {
            return { range: { start: position, end: position }, newText: newText };
        }
        TextEdit.insert = insert;
        /**
         * Creates a delete text edit.
         * @param range The range of text to be deleted.
         */
        function del(range) {
            return { range: range, newText: '' };
        }
        TextEdit.del = del;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Is.string(candidate.newText)
                && Range.is(candidate.range);
        }
        TextEdit.is = is;
    })(TextEdit || (exports.TextEdit = TextEdit = {}));
    var ChangeAnnotation;
    (function (ChangeAnnotation) {
        function create(label, needsConfirmation, description) {
            var result = { label: label };
            if (needsConfirmation !== undefined) {
                result.needsConfirmation = needsConfirmation;
            }
            if (description !== undefined) {
                result.description = description;
            }
            return result;
        }
        ChangeAnnotation.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Is.string(candidate.label) &&
                (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        ChangeAnnotation.is = is;
    })(ChangeAnnotation || (exports.ChangeAnnotation = ChangeAnnotation = {}));
    var ChangeAnnotationIdentifier;
    (function (ChangeAnnotationIdentifier) {
        function is(value) {
            var candidate = value;
            return Is.string(candidate);
        }
        ChangeAnnotationIdentifier.is = is;
    })(ChangeAnnotationIdentifier || (exports.ChangeAnnotationIdentifier = ChangeAnnotationIdentifier = {}));
    var AnnotatedTextEdit;
    (function (AnnotatedTextEdit) {
        /**
         * Creates an annotated replace text edit.
         *
         * @param range The range of text to be replaced.
         * @param newText The new text.
         * @param annotation The annotation.
         */
        function replace(range, newText, annotation) {
            return { range: range, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.replace = replace;
        /**
         * Creates an annotated insert text edit.
         *
         * @param position The position to insert the text at.
         * @param newText The text to be inserted.
         * @param annotation The annotation.
         */
        function insert(position, newText, annotation) {
            return { range: { start: position, end: position }, newText: newText, annotationId: annotation };
        }
        AnnotatedTextEdit.insert = insert;
        /**
         * Creates an annotated delete text edit.
         *
         * @param range The range of text to be deleted.
         * @param annotation The annotation.
         */
        function del(range, annotation) {
            return { range: range, newText: '', annotationId: annotation };
        }
        AnnotatedTextEdit.del = del;
        function is(value) {
            var candidate = value;
            return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        AnnotatedTextEdit.is = is;
    })(AnnotatedTextEdit || (exports.AnnotatedTextEdit = AnnotatedTextEdit = {}));
    /**
     * The TextDocumentEdit namespace provides helper function to create
     * an edit that manipulates a text document.
     */
    var TextDocumentEdit;
    (function (TextDocumentEdit) {
        /**
         * Creates a new `TextDocumentEdit`
         */
        function create(textDocument, edits) {
            return { textDocument: textDocument, edits: edits };
        }
        TextDocumentEdit.create = create;
        function is(value) {
            var candidate = value;
            return Is.defined(candidate)
                && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument)
                && Array.isArray(candidate.edits);
        }
        TextDocumentEdit.is = is;
    })(TextDocumentEdit || (exports.TextDocumentEdit = TextDocumentEdit = {}));
    var CreateFile;
    (function (CreateFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'create',
                uri: uri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        CreateFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'create' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        CreateFile.is = is;
    })(CreateFile || (exports.CreateFile = CreateFile = {}));
    var RenameFile;
    (function (RenameFile) {
        function create(oldUri, newUri, options, annotation) {
            var result = {
                kind: 'rename',
                oldUri: oldUri,
                newUri: newUri
            };
            if (options !== undefined && (options.overwrite !== undefined || options.ignoreIfExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        RenameFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'rename' && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === undefined ||
                ((candidate.options.overwrite === undefined || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === undefined || Is.boolean(candidate.options.ignoreIfExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        RenameFile.is = is;
    })(RenameFile || (exports.RenameFile = RenameFile = {}));
    var DeleteFile;
    (function (DeleteFile) {
        function create(uri, options, annotation) {
            var result = {
                kind: 'delete',
                uri: uri
            };
            if (options !== undefined && (options.recursive !== undefined || options.ignoreIfNotExists !== undefined)) {
                result.options = options;
            }
            if (annotation !== undefined) {
                result.annotationId = annotation;
            }
            return result;
        }
        DeleteFile.create = create;
        function is(value) {
            var candidate = value;
            return candidate && candidate.kind === 'delete' && Is.string(candidate.uri) && (candidate.options === undefined ||
                ((candidate.options.recursive === undefined || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === undefined || Is.boolean(candidate.options.ignoreIfNotExists)))) && (candidate.annotationId === undefined || ChangeAnnotationIdentifier.is(candidate.annotationId));
        }
        DeleteFile.is = is;
    })(DeleteFile || (exports.DeleteFile = DeleteFile = {}));
    var WorkspaceEdit;
    (function (WorkspaceEdit) {
        function is(value) {
            var candidate = value;
            return candidate &&
                (candidate.changes !== undefined || candidate.documentChanges !== undefined) &&
                (candidate.documentChanges === undefined || candidate.documentChanges.every(function (change) {
                    if (Is.string(change.kind)) {
                        return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
                    }
                    else {
                        return TextDocumentEdit.is(change);
                    }
                }));
        }
        WorkspaceEdit.is = is;
    })(WorkspaceEdit || (exports.WorkspaceEdit = WorkspaceEdit = {}));
    var TextEditChangeImpl = /** @class */ (function () {
        function TextEditChangeImpl(edits, changeAnnotations) {
            this.edits = edits;
            this.changeAnnotations = changeAnnotations;
        }
        TextEditChangeImpl.prototype.insert = function (position, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.insert(position, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.insert(position, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.insert(position, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.replace = function (range, newText, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.replace(range, newText);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.replace(range, newText, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.replace(range, newText, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.delete = function (range, annotation) {
            var edit;
            var id;
            if (annotation === undefined) {
                edit = TextEdit.del(range);
            }
            else if (ChangeAnnotationIdentifier.is(annotation)) {
                id = annotation;
                edit = AnnotatedTextEdit.del(range, annotation);
            }
            else {
                this.assertChangeAnnotations(this.changeAnnotations);
                id = this.changeAnnotations.manage(annotation);
                edit = AnnotatedTextEdit.del(range, id);
            }
            this.edits.push(edit);
            if (id !== undefined) {
                return id;
            }
        };
        TextEditChangeImpl.prototype.add = function (edit) {
            this.edits.push(edit);
        };
        TextEditChangeImpl.prototype.all = function () {
            return this.edits;
        };
        TextEditChangeImpl.prototype.clear = function () {
            this.edits.splice(0, this.edits.length);
        };
        TextEditChangeImpl.prototype.assertChangeAnnotations = function (value) {
            if (value === undefined) {
                throw new Error("Text edit change is not configured to manage change annotations.");
            }
        };
        return TextEditChangeImpl;
    }());
    var SnippetTextEdit;
    (function (SnippetTextEdit) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && Range.is(candidate.range)
                && StringValue.isSnippet(candidate.snippet)
                && (candidate.annotationId === undefined ||
                    (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
        }
        SnippetTextEdit.is = is;
    })(SnippetTextEdit || (exports.SnippetTextEdit = SnippetTextEdit = {}));
    /**
     * A helper class
     */
    var ChangeAnnotations = /** @class */ (function () {
        function ChangeAnnotations(annotations) {
            this._annotations = annotations === undefined ? Object.create(null) : annotations;
            this._counter = 0;
            this._size = 0;
        }
        ChangeAnnotations.prototype.all = function () {
            return this._annotations;
        };
        Object.defineProperty(ChangeAnnotations.prototype, "size", {
            get: function () {
                return this._size;
            },
            enumerable: false,
            configurable: true
        });
        ChangeAnnotations.prototype.manage = function (idOrAnnotation, annotation) {
            var id;
            if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
                id = idOrAnnotation;
            }
            else {
                id = this.nextId();
                annotation = idOrAnnotation;
            }
            if (this._annotations[id] !== undefined) {
                throw new Error("Id ".concat(id, " is already in use."));
            }
            if (annotation === undefined) {
                throw new Error("No annotation provided for id ".concat(id));
            }
            this._annotations[id] = annotation;
            this._size++;
            return id;
        };
        ChangeAnnotations.prototype.nextId = function () {
            this._counter++;
            return this._counter.toString();
        };
        return ChangeAnnotations;
    }());
    /**
     * A workspace change helps constructing changes to a workspace.
     */
    var WorkspaceChange = /** @class */ (function () {
        function WorkspaceChange(workspaceEdit) {
            var _this = this;
            this._textEditChanges = Object.create(null);
            if (workspaceEdit !== undefined) {
                this._workspaceEdit = workspaceEdit;
                if (workspaceEdit.documentChanges) {
                    this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
                    workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    workspaceEdit.documentChanges.forEach(function (change) {
                        if (TextDocumentEdit.is(change)) {
                            var textEditChange = new TextEditChangeImpl(change.edits, _this._changeAnnotations);
                            _this._textEditChanges[change.textDocument.uri] = textEditChange;
                        }
                    });
                }
                else if (workspaceEdit.changes) {
                    Object.keys(workspaceEdit.changes).forEach(function (key) {
                        var textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
                        _this._textEditChanges[key] = textEditChange;
                    });
                }
            }
            else {
                this._workspaceEdit = {};
            }
        }
        Object.defineProperty(WorkspaceChange.prototype, "edit", {
            /**
             * Returns the underlying {@link WorkspaceEdit} literal
             * use to be returned from a workspace edit operation like rename.
             */
            get: function () {
                this.initDocumentChanges();
                if (this._changeAnnotations !== undefined) {
                    if (this._changeAnnotations.size === 0) {
                        this._workspaceEdit.changeAnnotations = undefined;
                    }
                    else {
                        this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
                    }
                }
                return this._workspaceEdit;
            },
            enumerable: false,
            configurable: true
        });
        WorkspaceChange.prototype.getTextEditChange = function (key) {
            if (OptionalVersionedTextDocumentIdentifier.is(key)) {
                this.initDocumentChanges();
                if (this._workspaceEdit.documentChanges === undefined) {
                    throw new Error('Workspace edit is not configured for document changes.');
                }
                var textDocument = { uri: key.uri, version: key.version };
                var result = this._textEditChanges[textDocument.uri];
                if (!result) {
                    var edits = [];
                    var textDocumentEdit = {
                        textDocument: textDocument,
                        edits: edits
                    };
                    this._workspaceEdit.documentChanges.push(textDocumentEdit);
                    result = new TextEditChangeImpl(edits, this._changeAnnotations);
                    this._textEditChanges[textDocument.uri] = result;
                }
                return result;
            }
            else {
                this.initChanges();
                if (this._workspaceEdit.changes === undefined) {
                    throw new Error('Workspace edit is not configured for normal text edit changes.');
                }
                var result = this._textEditChanges[key];
                if (!result) {
                    var edits = [];
                    this._workspaceEdit.changes[key] = edits;
                    result = new TextEditChangeImpl(edits);
                    this._textEditChanges[key] = result;
                }
                return result;
            }
        };
        WorkspaceChange.prototype.initDocumentChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._changeAnnotations = new ChangeAnnotations();
                this._workspaceEdit.documentChanges = [];
                this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            }
        };
        WorkspaceChange.prototype.initChanges = function () {
            if (this._workspaceEdit.documentChanges === undefined && this._workspaceEdit.changes === undefined) {
                this._workspaceEdit.changes = Object.create(null);
            }
        };
        WorkspaceChange.prototype.createFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = CreateFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = CreateFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.renameFile = function (oldUri, newUri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = RenameFile.create(oldUri, newUri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = RenameFile.create(oldUri, newUri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        WorkspaceChange.prototype.deleteFile = function (uri, optionsOrAnnotation, options) {
            this.initDocumentChanges();
            if (this._workspaceEdit.documentChanges === undefined) {
                throw new Error('Workspace edit is not configured for document changes.');
            }
            var annotation;
            if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
                annotation = optionsOrAnnotation;
            }
            else {
                options = optionsOrAnnotation;
            }
            var operation;
            var id;
            if (annotation === undefined) {
                operation = DeleteFile.create(uri, options);
            }
            else {
                id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
                operation = DeleteFile.create(uri, options, id);
            }
            this._workspaceEdit.documentChanges.push(operation);
            if (id !== undefined) {
                return id;
            }
        };
        return WorkspaceChange;
    }());
    exports.WorkspaceChange = WorkspaceChange;
    /**
     * The TextDocumentIdentifier namespace provides helper functions to work with
     * {@link TextDocumentIdentifier} literals.
     */
    var TextDocumentIdentifier;
    (function (TextDocumentIdentifier) {
        /**
         * Creates a new TextDocumentIdentifier literal.
         * @param uri The document's uri.
         */
        function create(uri) {
            return { uri: uri };
        }
        TextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri);
        }
        TextDocumentIdentifier.is = is;
    })(TextDocumentIdentifier || (exports.TextDocumentIdentifier = TextDocumentIdentifier = {}));
    /**
     * The VersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link VersionedTextDocumentIdentifier} literals.
     */
    var VersionedTextDocumentIdentifier;
    (function (VersionedTextDocumentIdentifier) {
        /**
         * Creates a new VersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        VersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link VersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
        }
        VersionedTextDocumentIdentifier.is = is;
    })(VersionedTextDocumentIdentifier || (exports.VersionedTextDocumentIdentifier = VersionedTextDocumentIdentifier = {}));
    /**
     * The OptionalVersionedTextDocumentIdentifier namespace provides helper functions to work with
     * {@link OptionalVersionedTextDocumentIdentifier} literals.
     */
    var OptionalVersionedTextDocumentIdentifier;
    (function (OptionalVersionedTextDocumentIdentifier) {
        /**
         * Creates a new OptionalVersionedTextDocumentIdentifier literal.
         * @param uri The document's uri.
         * @param version The document's version.
         */
        function create(uri, version) {
            return { uri: uri, version: version };
        }
        OptionalVersionedTextDocumentIdentifier.create = create;
        /**
         * Checks whether the given literal conforms to the {@link OptionalVersionedTextDocumentIdentifier} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
        }
        OptionalVersionedTextDocumentIdentifier.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (exports.OptionalVersionedTextDocumentIdentifier = OptionalVersionedTextDocumentIdentifier = {}));
    /**
     * Predefined Language kinds
     * @since 3.18.0
     */
    var LanguageKind;
    (function (LanguageKind) {
        LanguageKind.ABAP = 'abap';
        LanguageKind.WindowsBat = 'bat';
        LanguageKind.BibTeX = 'bibtex';
        LanguageKind.Clojure = 'clojure';
        LanguageKind.Coffeescript = 'coffeescript';
        LanguageKind.C = 'c';
        LanguageKind.CPP = 'cpp';
        LanguageKind.CSharp = 'csharp';
        LanguageKind.CSS = 'css';
        /**
         * @since 3.18.0
         */
        LanguageKind.D = 'd';
        /**
         * @since 3.18.0
         */
        LanguageKind.Delphi = 'pascal';
        LanguageKind.Diff = 'diff';
        LanguageKind.Dart = 'dart';
        LanguageKind.Dockerfile = 'dockerfile';
        LanguageKind.Elixir = 'elixir';
        LanguageKind.Erlang = 'erlang';
        LanguageKind.FSharp = 'fsharp';
        LanguageKind.GitCommit = 'git-commit';
        LanguageKind.GitRebase = 'git-rebase';
        LanguageKind.Go = 'go';
        LanguageKind.Groovy = 'groovy';
        LanguageKind.Handlebars = 'handlebars';
        LanguageKind.Haskell = 'haskell';
        LanguageKind.HTML = 'html';
        LanguageKind.Ini = 'ini';
        LanguageKind.Java = 'java';
        LanguageKind.JavaScript = 'javascript';
        LanguageKind.JavaScriptReact = 'javascriptreact';
        LanguageKind.JSON = 'json';
        LanguageKind.LaTeX = 'latex';
        LanguageKind.Less = 'less';
        LanguageKind.Lua = 'lua';
        LanguageKind.Makefile = 'makefile';
        LanguageKind.Markdown = 'markdown';
        LanguageKind.ObjectiveC = 'objective-c';
        LanguageKind.ObjectiveCPP = 'objective-cpp';
        /**
         * @since 3.18.0
         */
        LanguageKind.Pascal = 'pascal';
        LanguageKind.Perl = 'perl';
        LanguageKind.Perl6 = 'perl6';
        LanguageKind.PHP = 'php';
        LanguageKind.Plaintext = 'plaintext';
        LanguageKind.Powershell = 'powershell';
        LanguageKind.Pug = 'jade';
        LanguageKind.Python = 'python';
        LanguageKind.R = 'r';
        LanguageKind.Razor = 'razor';
        LanguageKind.Ruby = 'ruby';
        LanguageKind.Rust = 'rust';
        LanguageKind.SCSS = 'scss';
        LanguageKind.SASS = 'sass';
        LanguageKind.Scala = 'scala';
        LanguageKind.ShaderLab = 'shaderlab';
        LanguageKind.ShellScript = 'shellscript';
        LanguageKind.SQL = 'sql';
        LanguageKind.Swift = 'swift';
        LanguageKind.TypeScript = 'typescript';
        LanguageKind.TypeScriptReact = 'typescriptreact';
        LanguageKind.TeX = 'tex';
        LanguageKind.VisualBasic = 'vb';
        LanguageKind.XML = 'xml';
        LanguageKind.XSL = 'xsl';
        LanguageKind.YAML = 'yaml';
    })(LanguageKind || (exports.LanguageKind = LanguageKind = {}));
    /**
     * The TextDocumentItem namespace provides helper functions to work with
     * {@link TextDocumentItem} literals.
     */
    var TextDocumentItem;
    (function (TextDocumentItem) {
        /**
         * Creates a new TextDocumentItem literal.
         * @param uri The document's uri.
         * @param languageId The document's language identifier.
         * @param version The document's version number.
         * @param text The document's text.
         */
        function create(uri, languageId, version, text) {
            return { uri: uri, languageId: languageId, version: version, text: text };
        }
        TextDocumentItem.create = create;
        /**
         * Checks whether the given literal conforms to the {@link TextDocumentItem} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
        }
        TextDocumentItem.is = is;
    })(TextDocumentItem || (exports.TextDocumentItem = TextDocumentItem = {}));
    /**
     * Describes the content type that a client supports in various
     * result literals like `Hover`, `ParameterInfo` or `CompletionItem`.
     *
     * Please note that `MarkupKinds` must not start with a `$`. This kinds
     * are reserved for internal usage.
     */
    var MarkupKind;
    (function (MarkupKind) {
        /**
         * Plain text is supported as a content format
         */
        MarkupKind.PlainText = 'plaintext';
        /**
         * Markdown is supported as a content format
         */
        MarkupKind.Markdown = 'markdown';
        /**
         * Checks whether the given value is a value of the {@link MarkupKind} type.
         */
        function is(value) {
            var candidate = value;
            return candidate === MarkupKind.PlainText || candidate === MarkupKind.Markdown;
        }
        MarkupKind.is = is;
    })(MarkupKind || (exports.MarkupKind = MarkupKind = {}));
    var MarkupContent;
    (function (MarkupContent) {
        /**
         * Checks whether the given value conforms to the {@link MarkupContent} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
        }
        MarkupContent.is = is;
    })(MarkupContent || (exports.MarkupContent = MarkupContent = {}));
    /**
     * The kind of a completion entry.
     */
    var CompletionItemKind;
    (function (CompletionItemKind) {
        CompletionItemKind.Text = 1;
        CompletionItemKind.Method = 2;
        CompletionItemKind.Function = 3;
        CompletionItemKind.Constructor = 4;
        CompletionItemKind.Field = 5;
        CompletionItemKind.Variable = 6;
        CompletionItemKind.Class = 7;
        CompletionItemKind.Interface = 8;
        CompletionItemKind.Module = 9;
        CompletionItemKind.Property = 10;
        CompletionItemKind.Unit = 11;
        CompletionItemKind.Value = 12;
        CompletionItemKind.Enum = 13;
        CompletionItemKind.Keyword = 14;
        CompletionItemKind.Snippet = 15;
        CompletionItemKind.Color = 16;
        CompletionItemKind.File = 17;
        CompletionItemKind.Reference = 18;
        CompletionItemKind.Folder = 19;
        CompletionItemKind.EnumMember = 20;
        CompletionItemKind.Constant = 21;
        CompletionItemKind.Struct = 22;
        CompletionItemKind.Event = 23;
        CompletionItemKind.Operator = 24;
        CompletionItemKind.TypeParameter = 25;
    })(CompletionItemKind || (exports.CompletionItemKind = CompletionItemKind = {}));
    /**
     * Defines whether the insert text in a completion item should be interpreted as
     * plain text or a snippet.
     */
    var InsertTextFormat;
    (function (InsertTextFormat) {
        /**
         * The primary text to be inserted is treated as a plain string.
         */
        InsertTextFormat.PlainText = 1;
        /**
         * The primary text to be inserted is treated as a snippet.
         *
         * A snippet can define tab stops and placeholders with `$1`, `$2`
         * and `${3:foo}`. `$0` defines the final tab stop, it defaults to
         * the end of the snippet. Placeholders with equal identifiers are linked,
         * that is typing in one will update others too.
         *
         * See also: https://microsoft.github.io/language-server-protocol/specifications/specification-current/#snippet_syntax
         */
        InsertTextFormat.Snippet = 2;
    })(InsertTextFormat || (exports.InsertTextFormat = InsertTextFormat = {}));
    /**
     * Completion item tags are extra annotations that tweak the rendering of a completion
     * item.
     *
     * @since 3.15.0
     */
    var CompletionItemTag;
    (function (CompletionItemTag) {
        /**
         * Render a completion as obsolete, usually using a strike-out.
         */
        CompletionItemTag.Deprecated = 1;
    })(CompletionItemTag || (exports.CompletionItemTag = CompletionItemTag = {}));
    /**
     * The InsertReplaceEdit namespace provides functions to deal with insert / replace edits.
     *
     * @since 3.16.0
     */
    var InsertReplaceEdit;
    (function (InsertReplaceEdit) {
        /**
         * Creates a new insert / replace edit
         */
        function create(newText, insert, replace) {
            return { newText: newText, insert: insert, replace: replace };
        }
        InsertReplaceEdit.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InsertReplaceEdit} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
        }
        InsertReplaceEdit.is = is;
    })(InsertReplaceEdit || (exports.InsertReplaceEdit = InsertReplaceEdit = {}));
    /**
     * How whitespace and indentation is handled during completion
     * item insertion.
     *
     * @since 3.16.0
     */
    var InsertTextMode;
    (function (InsertTextMode) {
        /**
         * The insertion or replace strings is taken as it is. If the
         * value is multi line the lines below the cursor will be
         * inserted using the indentation defined in the string value.
         * The client will not apply any kind of adjustments to the
         * string.
         */
        InsertTextMode.asIs = 1;
        /**
         * The editor adjusts leading whitespace of new lines so that
         * they match the indentation up to the cursor of the line for
         * which the item is accepted.
         *
         * Consider a line like this: <2tabs><cursor><3tabs>foo. Accepting a
         * multi line completion item is indented using 2 tabs and all
         * following lines inserted will be indented using 2 tabs as well.
         */
        InsertTextMode.adjustIndentation = 2;
    })(InsertTextMode || (exports.InsertTextMode = InsertTextMode = {}));
    /**
     * Defines how values from a set of defaults and an individual item will be
     * merged.
     *
     * @since 3.18.0
     */
    var ApplyKind;
    (function (ApplyKind) {
        /**
         * The value from the individual item (if provided and not `null`) will be
         * used instead of the default.
         */
        ApplyKind.Replace = 1;
        /**
         * The value from the item will be merged with the default.
         *
         * The specific rules for mergeing values are defined against each field
         * that supports merging.
         */
        ApplyKind.Merge = 2;
    })(ApplyKind || (exports.ApplyKind = ApplyKind = {}));
    var CompletionItemLabelDetails;
    (function (CompletionItemLabelDetails) {
        function is(value) {
            var candidate = value;
            return candidate && (Is.string(candidate.detail) || candidate.detail === undefined) &&
                (Is.string(candidate.description) || candidate.description === undefined);
        }
        CompletionItemLabelDetails.is = is;
    })(CompletionItemLabelDetails || (exports.CompletionItemLabelDetails = CompletionItemLabelDetails = {}));
    /**
     * The CompletionItem namespace provides functions to deal with
     * completion items.
     */
    var CompletionItem;
    (function (CompletionItem) {
        /**
         * Create a completion item and seed it with a label.
         * @param label The completion item's label
         */
        function create(label) {
            return { label: label };
        }
        CompletionItem.create = create;
    })(CompletionItem || (exports.CompletionItem = CompletionItem = {}));
    /**
     * The CompletionList namespace provides functions to deal with
     * completion lists.
     */
    var CompletionList;
    (function (CompletionList) {
        /**
         * Creates a new completion list.
         *
         * @param items The completion items.
         * @param isIncomplete The list is not complete.
         */
        function create(items, isIncomplete) {
            return { items: items ? items : [], isIncomplete: !!isIncomplete };
        }
        CompletionList.create = create;
    })(CompletionList || (exports.CompletionList = CompletionList = {}));
    var MarkedString;
    (function (MarkedString) {
        /**
         * Creates a marked string from plain text.
         *
         * @param plainText The plain text.
         */
        function fromPlainText(plainText) {
            return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&'); // escape markdown syntax tokens: http://daringfireball.net/projects/markdown/syntax#backslash
        }
        MarkedString.fromPlainText = fromPlainText;
        /**
         * Checks whether the given value conforms to the {@link MarkedString} type.
         */
        function is(value) {
            var candidate = value;
            return Is.string(candidate) || (Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value));
        }
        MarkedString.is = is;
    })(MarkedString || (exports.MarkedString = MarkedString = {}));
    var Hover;
    (function (Hover) {
        /**
         * Checks whether the given value conforms to the {@link Hover} interface.
         */
        function is(value) {
            var candidate = value;
            return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) ||
                MarkedString.is(candidate.contents) ||
                Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === undefined || Range.is(value.range));
        }
        Hover.is = is;
    })(Hover || (exports.Hover = Hover = {}));
    /**
     * The ParameterInformation namespace provides helper functions to work with
     * {@link ParameterInformation} literals.
     */
    var ParameterInformation;
    (function (ParameterInformation) {
        /**
         * Creates a new parameter information literal.
         *
         * @param label A label string.
         * @param documentation A doc string.
         */
        function create(label, documentation) {
            return documentation ? { label: label, documentation: documentation } : { label: label };
        }
        ParameterInformation.create = create;
    })(ParameterInformation || (exports.ParameterInformation = ParameterInformation = {}));
    /**
     * The SignatureInformation namespace provides helper functions to work with
     * {@link SignatureInformation} literals.
     */
    var SignatureInformation;
    (function (SignatureInformation) {
        function create(label, documentation) {
            var parameters = [];
            for (var _i = 2; _i < arguments.length; _i++) {
                parameters[_i - 2] = arguments[_i];
            }
            var result = { label: label };
            if (Is.defined(documentation)) {
                result.documentation = documentation;
            }
            if (Is.defined(parameters)) {
                result.parameters = parameters;
            }
            else {
                result.parameters = [];
            }
            return result;
        }
        SignatureInformation.create = create;
    })(SignatureInformation || (exports.SignatureInformation = SignatureInformation = {}));
    /**
     * A document highlight kind.
     */
    var DocumentHighlightKind;
    (function (DocumentHighlightKind) {
        /**
         * A textual occurrence.
         */
        DocumentHighlightKind.Text = 1;
        /**
         * Read-access of a symbol, like reading a variable.
         */
        DocumentHighlightKind.Read = 2;
        /**
         * Write-access of a symbol, like writing to a variable.
         */
        DocumentHighlightKind.Write = 3;
    })(DocumentHighlightKind || (exports.DocumentHighlightKind = DocumentHighlightKind = {}));
    /**
     * DocumentHighlight namespace to provide helper functions to work with
     * {@link DocumentHighlight} literals.
     */
    var DocumentHighlight;
    (function (DocumentHighlight) {
        /**
         * Create a DocumentHighlight object.
         * @param range The range the highlight applies to.
         * @param kind The highlight kind
         */
        function create(range, kind) {
            var result = { range: range };
            if (Is.number(kind)) {
                result.kind = kind;
            }
            return result;
        }
        DocumentHighlight.create = create;
    })(DocumentHighlight || (exports.DocumentHighlight = DocumentHighlight = {}));
    /**
     * A symbol kind.
     */
    var SymbolKind;
    (function (SymbolKind) {
        SymbolKind.File = 1;
        SymbolKind.Module = 2;
        SymbolKind.Namespace = 3;
        SymbolKind.Package = 4;
        SymbolKind.Class = 5;
        SymbolKind.Method = 6;
        SymbolKind.Property = 7;
        SymbolKind.Field = 8;
        SymbolKind.Constructor = 9;
        SymbolKind.Enum = 10;
        SymbolKind.Interface = 11;
        SymbolKind.Function = 12;
        SymbolKind.Variable = 13;
        SymbolKind.Constant = 14;
        SymbolKind.String = 15;
        SymbolKind.Number = 16;
        SymbolKind.Boolean = 17;
        SymbolKind.Array = 18;
        SymbolKind.Object = 19;
        SymbolKind.Key = 20;
        SymbolKind.Null = 21;
        SymbolKind.EnumMember = 22;
        SymbolKind.Struct = 23;
        SymbolKind.Event = 24;
        SymbolKind.Operator = 25;
        SymbolKind.TypeParameter = 26;
    })(SymbolKind || (exports.SymbolKind = SymbolKind = {}));
    /**
     * Symbol tags are extra annotations that tweak the rendering of a symbol.
     *
     * @since 3.16
     */
    var SymbolTag;
    (function (SymbolTag) {
        /**
         * Render a symbol as obsolete, usually using a strike-out.
         */
        SymbolTag.Deprecated = 1;
    })(SymbolTag || (exports.SymbolTag = SymbolTag = {}));
    var SymbolInformation;
    (function (SymbolInformation) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the location of the symbol.
         * @param uri The resource of the location of symbol.
         * @param containerName The name of the symbol containing the symbol.
         */
        function create(name, kind, range, uri, containerName) {
            var result = {
                name: name,
                kind: kind,
                location: { uri: uri, range: range }
            };
            if (containerName) {
                result.containerName = containerName;
            }
            return result;
        }
        SymbolInformation.create = create;
    })(SymbolInformation || (exports.SymbolInformation = SymbolInformation = {}));
    var WorkspaceSymbol;
    (function (WorkspaceSymbol) {
        /**
         * Create a new workspace symbol.
         *
         * @param name The name of the symbol.
         * @param kind The kind of the symbol.
         * @param uri The resource of the location of the symbol.
         * @param range An options range of the location.
         * @returns A WorkspaceSymbol.
         */
        function create(name, kind, uri, range) {
            return range !== undefined
                ? { name: name, kind: kind, location: { uri: uri, range: range } }
                : { name: name, kind: kind, location: { uri: uri } };
        }
        WorkspaceSymbol.create = create;
    })(WorkspaceSymbol || (exports.WorkspaceSymbol = WorkspaceSymbol = {}));
    var DocumentSymbol;
    (function (DocumentSymbol) {
        /**
         * Creates a new symbol information literal.
         *
         * @param name The name of the symbol.
         * @param detail The detail of the symbol.
         * @param kind The kind of the symbol.
         * @param range The range of the symbol.
         * @param selectionRange The selectionRange of the symbol.
         * @param children Children of the symbol.
         */
        function create(name, detail, kind, range, selectionRange, children) {
            var result = {
                name: name,
                detail: detail,
                kind: kind,
                range: range,
                selectionRange: selectionRange
            };
            if (children !== undefined) {
                result.children = children;
            }
            return result;
        }
        DocumentSymbol.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentSymbol} interface.
         */
        function is(value) {
            var candidate = value;
            return candidate &&
                Is.string(candidate.name) && Is.number(candidate.kind) &&
                Range.is(candidate.range) && Range.is(candidate.selectionRange) &&
                (candidate.detail === undefined || Is.string(candidate.detail)) &&
                (candidate.deprecated === undefined || Is.boolean(candidate.deprecated)) &&
                (candidate.children === undefined || Array.isArray(candidate.children)) &&
                (candidate.tags === undefined || Array.isArray(candidate.tags));
        }
        DocumentSymbol.is = is;
    })(DocumentSymbol || (exports.DocumentSymbol = DocumentSymbol = {}));
    /**
     * A set of predefined code action kinds
     */
    var CodeActionKind;
    (function (CodeActionKind) {
        /**
         * Empty kind.
         */
        CodeActionKind.Empty = '';
        /**
         * Base kind for quickfix actions: 'quickfix'
         */
        CodeActionKind.QuickFix = 'quickfix';
        /**
         * Base kind for refactoring actions: 'refactor'
         */
        CodeActionKind.Refactor = 'refactor';
        /**
         * Base kind for refactoring extraction actions: 'refactor.extract'
         *
         * Example extract actions:
         *
         * - Extract method
         * - Extract function
         * - Extract variable
         * - Extract interface from class
         * - ...
         */
        CodeActionKind.RefactorExtract = 'refactor.extract';
        /**
         * Base kind for refactoring inline actions: 'refactor.inline'
         *
         * Example inline actions:
         *
         * - Inline function
         * - Inline variable
         * - Inline constant
         * - ...
         */
        CodeActionKind.RefactorInline = 'refactor.inline';
        /**
         * Base kind for refactoring move actions: `refactor.move`
         *
         * Example move actions:
         *
         * - Move a function to a new file
         * - Move a property between classes
         * - Move method to base class
         * - ...
         *
         * @since 3.18.0
         */
        CodeActionKind.RefactorMove = 'refactor.move';
        /**
         * Base kind for refactoring rewrite actions: 'refactor.rewrite'
         *
         * Example rewrite actions:
         *
         * - Convert JavaScript function to class
         * - Add or remove parameter
         * - Encapsulate field
         * - Make method static
         * - Move method to base class
         * - ...
         */
        CodeActionKind.RefactorRewrite = 'refactor.rewrite';
        /**
         * Base kind for source actions: `source`
         *
         * Source code actions apply to the entire file.
         */
        CodeActionKind.Source = 'source';
        /**
         * Base kind for an organize imports source action: `source.organizeImports`
         */
        CodeActionKind.SourceOrganizeImports = 'source.organizeImports';
        /**
         * Base kind for auto-fix source actions: `source.fixAll`.
         *
         * Fix all actions automatically fix errors that have a clear fix that do not require user input.
         * They should not suppress errors or perform unsafe fixes such as generating new types or classes.
         *
         * @since 3.15.0
         */
        CodeActionKind.SourceFixAll = 'source.fixAll';
        /**
         * Base kind for all code actions applying to the entire notebook's scope. CodeActionKinds using
         * this should always begin with `notebook.`
         *
         * @since 3.18.0
         */
        CodeActionKind.Notebook = 'notebook';
    })(CodeActionKind || (exports.CodeActionKind = CodeActionKind = {}));
    /**
     * The reason why code actions were requested.
     *
     * @since 3.17.0
     */
    var CodeActionTriggerKind;
    (function (CodeActionTriggerKind) {
        /**
         * Code actions were explicitly requested by the user or by an extension.
         */
        CodeActionTriggerKind.Invoked = 1;
        /**
         * Code actions were requested automatically.
         *
         * This typically happens when current selection in a file changes, but can
         * also be triggered when file content changes.
         */
        CodeActionTriggerKind.Automatic = 2;
    })(CodeActionTriggerKind || (exports.CodeActionTriggerKind = CodeActionTriggerKind = {}));
    /**
     * The CodeActionContext namespace provides helper functions to work with
     * {@link CodeActionContext} literals.
     */
    var CodeActionContext;
    (function (CodeActionContext) {
        /**
         * Creates a new CodeActionContext literal.
         */
        function create(diagnostics, only, triggerKind) {
            var result = { diagnostics: diagnostics };
            if (only !== undefined && only !== null) {
                result.only = only;
            }
            if (triggerKind !== undefined && triggerKind !== null) {
                result.triggerKind = triggerKind;
            }
            return result;
        }
        CodeActionContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is)
                && (candidate.only === undefined || Is.typedArray(candidate.only, Is.string))
                && (candidate.triggerKind === undefined || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
        }
        CodeActionContext.is = is;
    })(CodeActionContext || (exports.CodeActionContext = CodeActionContext = {}));
    /**
     * Code action tags are extra annotations that tweak the behavior of a code action.
     *
     * @since 3.18.0
     */
    var CodeActionTag;
    (function (CodeActionTag) {
        /**
         * Marks the code action as LLM-generated.
         */
        CodeActionTag.LLMGenerated = 1;
        /**
         * Checks whether the given literal conforms to the {@link CodeActionTag} interface.
         */
        function is(value) {
            return Is.defined(value) && value === CodeActionTag.LLMGenerated;
        }
        CodeActionTag.is = is;
    })(CodeActionTag || (exports.CodeActionTag = CodeActionTag = {}));
    var CodeAction;
    (function (CodeAction) {
        function create(title, kindOrCommandOrEdit, kind) {
            var result = { title: title };
            var checkKind = true;
            if (typeof kindOrCommandOrEdit === 'string') {
                checkKind = false;
                result.kind = kindOrCommandOrEdit;
            }
            else if (Command.is(kindOrCommandOrEdit)) {
                result.command = kindOrCommandOrEdit;
            }
            else {
                result.edit = kindOrCommandOrEdit;
            }
            if (checkKind && kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        CodeAction.create = create;
        function is(value) {
            var candidate = value;
            return candidate && Is.string(candidate.title) &&
                (candidate.diagnostics === undefined || Is.typedArray(candidate.diagnostics, Diagnostic.is)) &&
                (candidate.kind === undefined || Is.string(candidate.kind)) &&
                (candidate.edit !== undefined || candidate.command !== undefined) &&
                (candidate.command === undefined || Command.is(candidate.command)) &&
                (candidate.isPreferred === undefined || Is.boolean(candidate.isPreferred)) &&
                (candidate.edit === undefined || WorkspaceEdit.is(candidate.edit)) &&
                (candidate.tags === undefined || Is.typedArray(candidate.tags, CodeActionTag.is));
        }
        CodeAction.is = is;
    })(CodeAction || (exports.CodeAction = CodeAction = {}));
    /**
     * The CodeLens namespace provides helper functions to work with
     * {@link CodeLens} literals.
     */
    var CodeLens;
    (function (CodeLens) {
        /**
         * Creates a new CodeLens literal.
         */
        function create(range, data) {
            var result = { range: range };
            if (Is.defined(data)) {
                result.data = data;
            }
            return result;
        }
        CodeLens.create = create;
        /**
         * Checks whether the given literal conforms to the {@link CodeLens} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
        }
        CodeLens.is = is;
    })(CodeLens || (exports.CodeLens = CodeLens = {}));
    /**
     * The FormattingOptions namespace provides helper functions to work with
     * {@link FormattingOptions} literals.
     */
    var FormattingOptions;
    (function (FormattingOptions) {
        /**
         * Creates a new FormattingOptions literal.
         */
        function create(tabSize, insertSpaces) {
            return { tabSize: tabSize, insertSpaces: insertSpaces };
        }
        FormattingOptions.create = create;
        /**
         * Checks whether the given literal conforms to the {@link FormattingOptions} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
        }
        FormattingOptions.is = is;
    })(FormattingOptions || (exports.FormattingOptions = FormattingOptions = {}));
    /**
     * The DocumentLink namespace provides helper functions to work with
     * {@link DocumentLink} literals.
     */
    var DocumentLink;
    (function (DocumentLink) {
        /**
         * Creates a new DocumentLink literal.
         */
        function create(range, target, data) {
            return { range: range, target: target, data: data };
        }
        DocumentLink.create = create;
        /**
         * Checks whether the given literal conforms to the {@link DocumentLink} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
        }
        DocumentLink.is = is;
    })(DocumentLink || (exports.DocumentLink = DocumentLink = {}));
    /**
     * The SelectionRange namespace provides helper function to work with
     * SelectionRange literals.
     */
    var SelectionRange;
    (function (SelectionRange) {
        /**
         * Creates a new SelectionRange
         * @param range the range.
         * @param parent an optional parent.
         */
        function create(range, parent) {
            return { range: range, parent: parent };
        }
        SelectionRange.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === undefined || SelectionRange.is(candidate.parent));
        }
        SelectionRange.is = is;
    })(SelectionRange || (exports.SelectionRange = SelectionRange = {}));
    /**
     * A set of predefined token types. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenTypes;
    (function (SemanticTokenTypes) {
        SemanticTokenTypes["namespace"] = "namespace";
        /**
         * Represents a generic type. Acts as a fallback for types which can't be mapped to
         * a specific type like class or enum.
         */
        SemanticTokenTypes["type"] = "type";
        SemanticTokenTypes["class"] = "class";
        SemanticTokenTypes["enum"] = "enum";
        SemanticTokenTypes["interface"] = "interface";
        SemanticTokenTypes["struct"] = "struct";
        SemanticTokenTypes["typeParameter"] = "typeParameter";
        SemanticTokenTypes["parameter"] = "parameter";
        SemanticTokenTypes["variable"] = "variable";
        SemanticTokenTypes["property"] = "property";
        SemanticTokenTypes["enumMember"] = "enumMember";
        SemanticTokenTypes["event"] = "event";
        SemanticTokenTypes["function"] = "function";
        SemanticTokenTypes["method"] = "method";
        SemanticTokenTypes["macro"] = "macro";
        SemanticTokenTypes["keyword"] = "keyword";
        SemanticTokenTypes["modifier"] = "modifier";
        SemanticTokenTypes["comment"] = "comment";
        SemanticTokenTypes["string"] = "string";
        SemanticTokenTypes["number"] = "number";
        SemanticTokenTypes["regexp"] = "regexp";
        SemanticTokenTypes["operator"] = "operator";
        /**
         * @since 3.17.0
         */
        SemanticTokenTypes["decorator"] = "decorator";
        /**
         * @since 3.18.0
         */
        SemanticTokenTypes["label"] = "label";
    })(SemanticTokenTypes || (exports.SemanticTokenTypes = SemanticTokenTypes = {}));
    /**
     * A set of predefined token modifiers. This set is not fixed
     * an clients can specify additional token types via the
     * corresponding client capabilities.
     *
     * @since 3.16.0
     */
    var SemanticTokenModifiers;
    (function (SemanticTokenModifiers) {
        SemanticTokenModifiers["declaration"] = "declaration";
        SemanticTokenModifiers["definition"] = "definition";
        SemanticTokenModifiers["readonly"] = "readonly";
        SemanticTokenModifiers["static"] = "static";
        SemanticTokenModifiers["deprecated"] = "deprecated";
        SemanticTokenModifiers["abstract"] = "abstract";
        SemanticTokenModifiers["async"] = "async";
        SemanticTokenModifiers["modification"] = "modification";
        SemanticTokenModifiers["documentation"] = "documentation";
        SemanticTokenModifiers["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (exports.SemanticTokenModifiers = SemanticTokenModifiers = {}));
    /**
     * @since 3.16.0
     */
    var SemanticTokens;
    (function (SemanticTokens) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && (candidate.resultId === undefined || typeof candidate.resultId === 'string') &&
                Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === 'number');
        }
        SemanticTokens.is = is;
    })(SemanticTokens || (exports.SemanticTokens = SemanticTokens = {}));
    /**
     * The InlineValueText namespace provides functions to deal with InlineValueTexts.
     *
     * @since 3.17.0
     */
    var InlineValueText;
    (function (InlineValueText) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, text) {
            return { range: range, text: text };
        }
        InlineValueText.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
        }
        InlineValueText.is = is;
    })(InlineValueText || (exports.InlineValueText = InlineValueText = {}));
    /**
     * The InlineValueVariableLookup namespace provides functions to
     * deal with InlineValueVariableLookups.
     *
     * @since 3.17.0
     */
    var InlineValueVariableLookup;
    (function (InlineValueVariableLookup) {
        /**
         * Creates a new InlineValueText literal.
         */
        function create(range, variableName, caseSensitiveLookup) {
            return { range: range, variableName: variableName, caseSensitiveLookup: caseSensitiveLookup };
        }
        InlineValueVariableLookup.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup)
                && (Is.string(candidate.variableName) || candidate.variableName === undefined);
        }
        InlineValueVariableLookup.is = is;
    })(InlineValueVariableLookup || (exports.InlineValueVariableLookup = InlineValueVariableLookup = {}));
    /**
     * The InlineValueEvaluatableExpression namespace provides functions to deal with InlineValueEvaluatableExpression.
     *
     * @since 3.17.0
     */
    var InlineValueEvaluatableExpression;
    (function (InlineValueEvaluatableExpression) {
        /**
         * Creates a new InlineValueEvaluatableExpression literal.
         */
        function create(range, expression) {
            return { range: range, expression: expression };
        }
        InlineValueEvaluatableExpression.create = create;
        function is(value) {
            var candidate = value;
            return candidate !== undefined && candidate !== null && Range.is(candidate.range)
                && (Is.string(candidate.expression) || candidate.expression === undefined);
        }
        InlineValueEvaluatableExpression.is = is;
    })(InlineValueEvaluatableExpression || (exports.InlineValueEvaluatableExpression = InlineValueEvaluatableExpression = {}));
    /**
     * The InlineValueContext namespace provides helper functions to work with
     * {@link InlineValueContext} literals.
     *
     * @since 3.17.0
     */
    var InlineValueContext;
    (function (InlineValueContext) {
        /**
         * Creates a new InlineValueContext literal.
         */
        function create(frameId, stoppedLocation) {
            return { frameId: frameId, stoppedLocation: stoppedLocation };
        }
        InlineValueContext.create = create;
        /**
         * Checks whether the given literal conforms to the {@link InlineValueContext} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Range.is(value.stoppedLocation);
        }
        InlineValueContext.is = is;
    })(InlineValueContext || (exports.InlineValueContext = InlineValueContext = {}));
    /**
     * Inlay hint kinds.
     *
     * @since 3.17.0
     */
    var InlayHintKind;
    (function (InlayHintKind) {
        /**
         * An inlay hint that for a type annotation.
         */
        InlayHintKind.Type = 1;
        /**
         * An inlay hint that is for a parameter.
         */
        InlayHintKind.Parameter = 2;
        function is(value) {
            return value === 1 || value === 2;
        }
        InlayHintKind.is = is;
    })(InlayHintKind || (exports.InlayHintKind = InlayHintKind = {}));
    var InlayHintLabelPart;
    (function (InlayHintLabelPart) {
        function create(value) {
            return { value: value };
        }
        InlayHintLabelPart.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.location === undefined || Location.is(candidate.location))
                && (candidate.command === undefined || Command.is(candidate.command));
        }
        InlayHintLabelPart.is = is;
    })(InlayHintLabelPart || (exports.InlayHintLabelPart = InlayHintLabelPart = {}));
    var InlayHint;
    (function (InlayHint) {
        function create(position, label, kind) {
            var result = { position: position, label: label };
            if (kind !== undefined) {
                result.kind = kind;
            }
            return result;
        }
        InlayHint.create = create;
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && Position.is(candidate.position)
                && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is))
                && (candidate.kind === undefined || InlayHintKind.is(candidate.kind))
                && (candidate.textEdits === undefined) || Is.typedArray(candidate.textEdits, TextEdit.is)
                && (candidate.tooltip === undefined || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip))
                && (candidate.paddingLeft === undefined || Is.boolean(candidate.paddingLeft))
                && (candidate.paddingRight === undefined || Is.boolean(candidate.paddingRight));
        }
        InlayHint.is = is;
    })(InlayHint || (exports.InlayHint = InlayHint = {}));
    var StringValue;
    (function (StringValue) {
        function createSnippet(value) {
            return { kind: 'snippet', value: value };
        }
        StringValue.createSnippet = createSnippet;
        function isSnippet(value) {
            var candidate = value;
            return Is.objectLiteral(candidate)
                && candidate.kind === 'snippet'
                && Is.string(candidate.value);
        }
        StringValue.isSnippet = isSnippet;
    })(StringValue || (exports.StringValue = StringValue = {}));
    var InlineCompletionItem;
    (function (InlineCompletionItem) {
        function create(insertText, filterText, range, command) {
            return { insertText: insertText, filterText: filterText, range: range, command: command };
        }
        InlineCompletionItem.create = create;
    })(InlineCompletionItem || (exports.InlineCompletionItem = InlineCompletionItem = {}));
    var InlineCompletionList;
    (function (InlineCompletionList) {
        function create(items) {
            return { items: items };
        }
        InlineCompletionList.create = create;
    })(InlineCompletionList || (exports.InlineCompletionList = InlineCompletionList = {}));
    /**
     * Describes how an {@link InlineCompletionItemProvider inline completion provider} was triggered.
     *
     * @since 3.18.0
     */
    var InlineCompletionTriggerKind;
    (function (InlineCompletionTriggerKind) {
        /**
         * Completion was triggered explicitly by a user gesture.
         */
        InlineCompletionTriggerKind.Invoked = 1;
        /**
         * Completion was triggered automatically while editing.
         */
        InlineCompletionTriggerKind.Automatic = 2;
    })(InlineCompletionTriggerKind || (exports.InlineCompletionTriggerKind = InlineCompletionTriggerKind = {}));
    var SelectedCompletionInfo;
    (function (SelectedCompletionInfo) {
        function create(range, text) {
            return { range: range, text: text };
        }
        SelectedCompletionInfo.create = create;
    })(SelectedCompletionInfo || (exports.SelectedCompletionInfo = SelectedCompletionInfo = {}));
    var InlineCompletionContext;
    (function (InlineCompletionContext) {
        function create(triggerKind, selectedCompletionInfo) {
            return { triggerKind: triggerKind, selectedCompletionInfo: selectedCompletionInfo };
        }
        InlineCompletionContext.create = create;
    })(InlineCompletionContext || (exports.InlineCompletionContext = InlineCompletionContext = {}));
    var WorkspaceFolder;
    (function (WorkspaceFolder) {
        function is(value) {
            var candidate = value;
            return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
        }
        WorkspaceFolder.is = is;
    })(WorkspaceFolder || (exports.WorkspaceFolder = WorkspaceFolder = {}));
    exports.EOL = ['\n', '\r\n', '\r'];
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var TextDocument;
    (function (TextDocument) {
        /**
         * Creates a new ITextDocument literal from the given uri and content.
         * @param uri The document's uri.
         * @param languageId The document's language Id.
         * @param version The document's version.
         * @param content The document's content.
         */
        function create(uri, languageId, version, content) {
            return new FullTextDocument(uri, languageId, version, content);
        }
        TextDocument.create = create;
        /**
         * Checks whether the given literal conforms to the {@link ITextDocument} interface.
         */
        function is(value) {
            var candidate = value;
            return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount)
                && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
        }
        TextDocument.is = is;
        function applyEdits(document, edits) {
            var text = document.getText();
            var sortedEdits = mergeSort(edits, function (a, b) {
                var diff = a.range.start.line - b.range.start.line;
                if (diff === 0) {
                    return a.range.start.character - b.range.start.character;
                }
                return diff;
            });
            var lastModifiedOffset = text.length;
            for (var i = sortedEdits.length - 1; i >= 0; i--) {
                var e = sortedEdits[i];
                var startOffset = document.offsetAt(e.range.start);
                var endOffset = document.offsetAt(e.range.end);
                if (endOffset <= lastModifiedOffset) {
                    text = text.substring(0, startOffset) + e.newText + text.substring(endOffset, text.length);
                }
                else {
                    throw new Error('Overlapping edit');
                }
                lastModifiedOffset = startOffset;
            }
            return text;
        }
        TextDocument.applyEdits = applyEdits;
        function mergeSort(data, compare) {
            if (data.length <= 1) {
                // sorted
                return data;
            }
            var p = (data.length / 2) | 0;
            var left = data.slice(0, p);
            var right = data.slice(p);
            mergeSort(left, compare);
            mergeSort(right, compare);
            var leftIdx = 0;
            var rightIdx = 0;
            var i = 0;
            while (leftIdx < left.length && rightIdx < right.length) {
                var ret = compare(left[leftIdx], right[rightIdx]);
                if (ret <= 0) {
                    // smaller_equal -> take left to preserve order
                    data[i++] = left[leftIdx++];
                }
                else {
                    // greater -> take right
                    data[i++] = right[rightIdx++];
                }
            }
            while (leftIdx < left.length) {
                data[i++] = left[leftIdx++];
            }
            while (rightIdx < right.length) {
                data[i++] = right[rightIdx++];
            }
            return data;
        }
    })(TextDocument || (exports.TextDocument = TextDocument = {}));
    /**
     * @deprecated Use the text document from the new vscode-languageserver-textdocument package.
     */
    var FullTextDocument = /** @class */ (function () {
        function FullTextDocument(uri, languageId, version, content) {
            this._uri = uri;
            this._languageId = languageId;
            this._version = version;
            this._content = content;
            this._lineOffsets = undefined;
        }
        Object.defineProperty(FullTextDocument.prototype, "uri", {
            get: function () {
                return this._uri;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "languageId", {
            get: function () {
                return this._languageId;
            },
            enumerable: false,
            configurable: true
        });
        Object.defineProperty(FullTextDocument.prototype, "version", {
            get: function () {
                return this._version;
            },
            enumerable: false,
            configurable: true
        });
        FullTextDocument.prototype.getText = function (range) {
            if (range) {
                var start = this.offsetAt(range.start);
                var end = this.offsetAt(range.end);
                return this._content.substring(start, end);
            }
            return this._content;
        };
        FullTextDocument.prototype.update = function (event, version) {
            this._content = event.text;
            this._version = version;
            this._lineOffsets = undefined;
        };
        FullTextDocument.prototype.getLineOffsets = function () {
            if (this._lineOffsets === undefined) {
                var lineOffsets = [];
                var text = this._content;
                var isLineStart = true;
                for (var i = 0; i < text.length; i++) {
                    if (isLineStart) {
                        lineOffsets.push(i);
                        isLineStart = false;
                    }
                    var ch = text.charAt(i);
                    isLineStart = (ch === '\r' || ch === '\n');
                    if (ch === '\r' && i + 1 < text.length && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                }
                if (isLineStart && text.length > 0) {
                    lineOffsets.push(text.length);
                }
                this._lineOffsets = lineOffsets;
            }
            return this._lineOffsets;
        };
        FullTextDocument.prototype.positionAt = function (offset) {
            offset = Math.max(Math.min(offset, this._content.length), 0);
            var lineOffsets = this.getLineOffsets();
            var low = 0, high = lineOffsets.length;
            if (high === 0) {
                return Position.create(0, offset);
            }
            while (low < high) {
                var mid = Math.floor((low + high) / 2);
                if (lineOffsets[mid] > offset) {
                    high = mid;
                }
                else {
                    low = mid + 1;
                }
            }
            // low is the least x for which the line offset is larger than the current offset
            // or array.length if no line offset is larger than the current offset
            var line = low - 1;
            return Position.create(line, offset - lineOffsets[line]);
        };
        FullTextDocument.prototype.offsetAt = function (position) {
            var lineOffsets = this.getLineOffsets();
            if (position.line >= lineOffsets.length) {
                return this._content.length;
            }
            else if (position.line < 0) {
                return 0;
            }
            var lineOffset = lineOffsets[position.line];
            var nextLineOffset = (position.line + 1 < lineOffsets.length) ? lineOffsets[position.line + 1] : this._content.length;
            return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
        };
        Object.defineProperty(FullTextDocument.prototype, "lineCount", {
            get: function () {
                return this.getLineOffsets().length;
            },
            enumerable: false,
            configurable: true
        });
        return FullTextDocument;
    }());
    var Is;
    (function (Is) {
        var toString = Object.prototype.toString;
        function defined(value) {
            return typeof value !== 'undefined';
        }
        Is.defined = defined;
        function undefined(value) {
            return typeof value === 'undefined';
        }
        Is.undefined = undefined;
        function boolean(value) {
            return value === true || value === false;
        }
        Is.boolean = boolean;
        function string(value) {
            return toString.call(value) === '[object String]';
        }
        Is.string = string;
        function number(value) {
            return toString.call(value) === '[object Number]';
        }
        Is.number = number;
        function numberRange(value, min, max) {
            return toString.call(value) === '[object Number]' && min <= value && value <= max;
        }
        Is.numberRange = numberRange;
        function integer(value) {
            return toString.call(value) === '[object Number]' && -2147483648 <= value && value <= 2147483647;
        }
        Is.integer = integer;
        function uinteger(value) {
            return toString.call(value) === '[object Number]' && 0 <= value && value <= 2147483647;
        }
        Is.uinteger = uinteger;
        function func(value) {
            return toString.call(value) === '[object Function]';
        }
        Is.func = func;
        function objectLiteral(value) {
            // Strictly speaking class instances pass this check as well. Since the LSP
            // doesn't use classes we ignore this for now. If we do we need to add something
            // like this: `Object.getPrototypeOf(Object.getPrototypeOf(x)) === null`
            return value !== null && typeof value === 'object';
        }
        Is.objectLiteral = objectLiteral;
        function typedArray(value, check) {
            return Array.isArray(value) && value.every(check);
        }
        Is.typedArray = typedArray;
    })(Is || (Is = {}));
});


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ cli_main)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/glob.ts
// Glob patterns as the `patterns` input and the CLI use them, compiled to regular expressions.
/**
 * One predicate for a list of glob patterns over '/'-separated relative paths: `**` spans any number
 * of directories, `*` and `?` stay within one, `[a-z]`/`[!a-z]` are character classes. A leading `!`
 * excludes; as in .gitignore, the last pattern that matches a path decides.
 */
function globMatcher(patterns) {
    const compiled = patterns
        .map((p) => p.trim())
        .filter((p) => p && !p.startsWith('#'))
        .map((p) => (p.startsWith('!') ? { include: false, re: globToRegExp(p.slice(1)) } : { include: true, re: globToRegExp(p) }));
    return (path) => {
        let included = false;
        for (const { include, re } of compiled)
            if (include !== included && re.test(path))
                included = include;
        return included;
    };
}
function globToRegExp(glob) {
    const g = glob.replace(/^\.\//, '');
    let re = '';
    for (let i = 0; i < g.length; i++) {
        const c = g[i];
        const segmentStart = i === 0 || g[i - 1] === '/';
        if (c === '*' && g[i + 1] === '*' && segmentStart && (g[i + 2] === '/' || i + 2 === g.length)) {
            re += g[i + 2] === '/' ? '(?:[^/]*/)*' : '.*'; // `**/` is zero or more directories; a final `**` is anything
            i += 2;
        }
        else if (c === '*') {
            while (g[i + 1] === '*')
                i++;
            re += '[^/]*';
        }
        else if (c === '?') {
            re += '[^/]';
        }
        else if (c === '[' && classEnd(g, i) > 0) {
            const end = classEnd(g, i);
            const negated = g[i + 1] === '!' || g[i + 1] === '^';
            const body = g.slice(i + (negated ? 2 : 1), end).replace(/[\\\]^]/g, '\\$&');
            re += negated ? `[^/${body}]` : `[${body}]`;
            i = end;
        }
        else {
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
        }
    }
    return new RegExp(`^${re}$`);
}
/** The index of the `]` closing the class opened at `open` (a `]` first in the class is literal), or -1. */
function classEnd(glob, open) {
    let i = open + 1;
    if (glob[i] === '!' || glob[i] === '^')
        i++;
    const end = glob.indexOf(']', i + 1);
    return glob.slice(open, end).includes('/') ? -1 : end;
}

;// CONCATENATED MODULE: ./src/files.ts
// Finding and reading Dockerfiles on disk, shared by the CLI and the action. Paths given back are
// relative to the directory searched, with '/' separators, because that is what patterns, SARIF
// URIs and GitHub's file lists all use.



/** Which files are Dockerfiles unless configured otherwise (design §3, the `patterns` input). */
const DEFAULT_PATTERNS = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*'
];
/** Directories never searched: they hold no Dockerfiles of the project, only copies and history. */
const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** BuildKit's per-Dockerfile ignore files (`Dockerfile.dockerignore`) match `Dockerfile.*` but are not Dockerfiles. */
const NOT_A_DOCKERFILE = /\.dockerignore$/;
/** Whether a repository-relative path is a Dockerfile under `patterns`: the one test for the CLI and the action. */
function dockerfileMatcher(patterns) {
    const matches = globMatcher(patterns);
    return (path) => matches(path) && !NOT_A_DOCKERFILE.test(path);
}
/**
 * Larger files are refused. Linting is linear but costs about 1.3 s and 100 MB per MB of text
 * (dockerfile-ast dominates), and no hand-written Dockerfile comes near 1 MB.
 */
const MAX_DOCKERFILE_BYTES = 1024 * 1024;
/**
 * Every file under `root` whose root-relative path matches `patterns` (a leading `!` excludes).
 * A symlinked file is read only when it leads to a file inside `root`. Symlinked directories are
 * never entered: what they point to inside `root` is walked anyway, what lies outside must not be
 * read, and not entering them is what makes link cycles harmless.
 */
async function findDockerfiles(root, patterns = DEFAULT_PATTERNS) {
    const isDockerfile = dockerfileMatcher(patterns);
    const found = { files: [], errors: [], skipped: [] };
    const realRoot = await (0,promises_namespaceObject.realpath)(root);
    const walk = async (dir, rel) => {
        let entries;
        try {
            entries = await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true });
        }
        catch (error) {
            found.errors.push({ path: rel || '.', message: describeError(error) });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const relPath = rel ? `${rel}/${entry.name}` : entry.name;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRECTORIES.has(entry.name))
                    await walk((0,external_node_path_namespaceObject.join)(dir, entry.name), relPath);
                continue;
            }
            if (!isDockerfile(relPath))
                continue;
            if (entry.isFile()) {
                found.files.push(relPath);
            }
            else if (entry.isSymbolicLink()) {
                const target = await (0,promises_namespaceObject.realpath)((0,external_node_path_namespaceObject.join)(dir, entry.name)).catch(() => undefined);
                if (!target)
                    found.skipped.push({ path: relPath, message: 'broken symlink' });
                else if (!isInside(realRoot, target))
                    found.skipped.push({ path: relPath, message: 'symlink leads outside the searched directory' });
                else if ((await (0,promises_namespaceObject.stat)(target)).isFile())
                    found.files.push(relPath);
            }
        }
    };
    await walk(root, '');
    return found;
}
/** Why a file could not be read, in the words the CLI prints (`path: no such file`). */
class FileError extends Error {
    path;
    reason;
    constructor(path, reason) {
        super(`${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
    }
}
/**
 * A Dockerfile's text as the engine wants it: invalid UTF-8 becomes U+FFFD, CRLF and a BOM are kept
 * (the engine handles both and keeps columns right). With `root`, the file's real path must lie inside it.
 * Throws FileError.
 */
async function readDockerfile(path, options = {}) {
    try {
        if (options.root !== undefined) {
            const [real, realRoot] = await Promise.all([(0,promises_namespaceObject.realpath)(path), (0,promises_namespaceObject.realpath)(options.root)]);
            if (!isInside(realRoot, real))
                throw new FileError(path, 'leads outside the workspace (symlink), not read');
        }
        // Checked before opening: opening a FIFO blocks, and a device may never end.
        const info = await (0,promises_namespaceObject.stat)(path);
        if (info.isDirectory())
            throw new FileError(path, 'is a directory');
        if (!info.isFile())
            throw new FileError(path, 'not a regular file');
        if (info.size > MAX_DOCKERFILE_BYTES)
            throw new FileError(path, `too large for a Dockerfile (${megabytes(info.size)}; the limit is ${megabytes(MAX_DOCKERFILE_BYTES)})`);
        return (await (0,promises_namespaceObject.readFile)(path)).toString('utf8');
    }
    catch (error) {
        throw error instanceof FileError ? error : new FileError(path, describeError(error));
    }
}
/** Standard input (`dockerfile-guard -`) read under the same size cap and decoding as a file. */
async function readDockerfileStream(stream, path) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
        size += buffer.length;
        if (size > MAX_DOCKERFILE_BYTES)
            throw new FileError(path, `too large for a Dockerfile (the limit is ${megabytes(MAX_DOCKERFILE_BYTES)})`);
        chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** `err.code` in plain words. */
function describeError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'no such file';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'is a directory';
        case 'ENOTDIR':
            return 'not a directory';
        case 'ELOOP':
            return 'too many levels of symlinks';
        default:
            return error instanceof Error ? error.message : String(error);
    }
}
/** Turns an OS path into the '/'-separated form used in output. */
function toSlashes(path) {
    return external_node_path_namespaceObject.sep === '/' ? path : path.split(external_node_path_namespaceObject.sep).join('/');
}
function isInside(root, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    return rel !== '..' && !rel.startsWith('..' + external_node_path_namespaceObject.sep) && !(0,external_node_path_namespaceObject.isAbsolute)(rel);
}
function megabytes(bytes) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/lookup.ts
// Tables looked up by words from a Dockerfile (a command's name, a package manager, a group): made
// without a prototype, so that `RUN constructor x` or `toString` finds nothing, where a plain object
// would hand back Object.prototype's members.
function table(entries) {
    return Object.freeze(Object.assign(Object.create(null), entries));
}

;// CONCATENATED MODULE: ./src/hadolint-codes.ts
const isHadolintCode = (id) => /^(DL|SC)\d+$/i.test(id);
/** The rules that catch the same cases as the code (equivalents) or look at the same concern (related). */
function rulesForHadolintCode(code, rules) {
    const upper = code.toUpperCase();
    return rules.filter((rule) => rule.equivalents?.hadolint?.includes(upper) || rule.related?.hadolint?.includes(upper));
}

;// CONCATENATED MODULE: ./src/config/parse.ts
// The configuration file, read into the options the engine takes (design §7). Pure: text in,
// `Config` out. Two formats: our own `.dockerfile-guard.yml`, and hadolint's `.hadolint.yaml`,
// whose DLxxxx codes stand for the rules that match or relate to them, as in hadolint pragmas.
// A mistake in the file is a `ConfigError` that names the file, the line and the key: a policy
// that is silently not applied is worse than a clear stop.



const PRESETS = ['recommended', 'security', 'strict'];
const LEVELS = ['off', 'note', 'warning', 'error'];
const DEFAULT_CONFIG = { preset: 'recommended', levels: {}, ignorePaths: [], settings: {}, notes: [] };
class ConfigError extends Error {
    path;
    line;
    column;
    reason;
    constructor(path, line, column, reason) {
        super(`${path}${line ? `:${line}:${column ?? 1}` : ''}: ${reason}`);
        this.path = path;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}
/**
 * Reads a configuration file's text. The format follows the file name (`.hadolint.yaml`) or, for
 * another name, the keys: a file with only hadolint's keys is read as hadolint's.
 */
function parseConfig(text, path, rules) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (node) => (node?.range ? lines.linePos(node.range[0]) : undefined);
    const fail = (node, reason) => {
        const pos = at(node);
        throw new ConfigError(path, pos?.line, pos?.col, reason);
    };
    const [syntax] = doc.errors;
    if (syntax) {
        const pos = lines.linePos(syntax.pos[0]);
        throw new ConfigError(path, pos.line, pos.col, `not valid YAML: ${firstLine(syntax.message)}`);
    }
    if (doc.contents === null || ((0,dist/* isScalar */.jn)(doc.contents) && doc.contents.value === null))
        return { ...DEFAULT_CONFIG, path, notes: [] };
    if (!(0,dist/* isMap */.jh)(doc.contents))
        fail(doc.contents, 'expected a mapping of keys (`rules:`, `extends:`, …) at the top level');
    const root = doc.contents;
    const reader = { path, rules, fail };
    const keys = root.items.map((pair) => keyOf(pair, reader));
    const hadolint = /hadolint/i.test(path.split(/[\\/]/).pop() ?? '') || (keys.length > 0 && keys.every((key) => HADOLINT_KEYS.has(key) && !OWN_KEYS.has(key)));
    return hadolint ? readHadolint(root, reader) : readOwn(root, reader);
}
// ── .dockerfile-guard.yml ──────────────────────────────────────────────────────────────────────
const OWN_KEYS = new Set(['extends', 'rules', 'ignore-paths', 'trusted-registries']);
function readOwn(root, reader) {
    const config = { ...DEFAULT_CONFIG, path: reader.path, format: 'dockerfile-guard', levels: {}, notes: [] };
    const ids = new Map(reader.rules.map((rule) => [rule.id, rule]));
    for (const pair of root.items) {
        const key = keyOf(pair, reader);
        const value = pair.value;
        switch (key) {
            case 'extends':
                config.preset = oneOf(value, key, PRESETS, reader);
                break;
            case 'rules':
                if (!(0,dist/* isMap */.jh)(value))
                    reader.fail(value ?? pair.key, 'rules: expected a mapping of rule ids to off, note, warning or error');
                for (const entry of value.items) {
                    const id = keyOf(entry, reader);
                    const rule = ids.get(id);
                    if (!rule)
                        reader.fail(entry.key, `rules.${id}: unknown rule${suggest(id, [...ids.keys()])}`);
                    if (rule.id === 'parse-error')
                        reader.fail(entry.key, 'rules.parse-error: cannot be configured: a file that cannot be parsed is not linted at all');
                    config.levels[id] = oneOf(entry.value, `rules.${id}`, LEVELS, reader);
                }
                break;
            case 'ignore-paths':
                config.ignorePaths = strings(value, key, reader);
                break;
            case 'trusted-registries':
                config.settings = { ...config.settings, trustedRegistries: strings(value, key, reader) };
                break;
            default: {
                const hint = HADOLINT_KEYS.has(key) ? ` (\`${key}\` is hadolint's: in this file use ${HADOLINT_HINTS[key] ?? 'the keys below'})` : suggest(key, [...OWN_KEYS]);
                reader.fail(pair.key, `${key}: unknown key${hint}; the keys are ${[...OWN_KEYS].join(', ')}`);
            }
        }
    }
    return config;
}
// ── .hadolint.yaml ─────────────────────────────────────────────────────────────────────────────
const HADOLINT_KEYS = new Set([
    'ignored', 'override', 'trustedRegistries', 'failure-threshold', 'no-fail', 'label-schema', 'strict-labels',
    'disable-ignore-pragma', 'no-color', 'verbose', 'format', 'formats', 'output'
]);
const HADOLINT_HINTS = table({
    ignored: '`rules: { rule-id: off }`',
    override: '`rules: { rule-id: error }`',
    trustedRegistries: '`trusted-registries:`'
});
const HADOLINT_LEVELS = table({ error: 'error', warning: 'warning', info: 'note', style: 'note' });
// hadolint fails on findings at or below the threshold in its order error < warning < info < style;
// `ignore` and `none` fail on everything.
const THRESHOLDS = table({ error: 'error', warning: 'warning', info: 'note', style: 'note', ignore: 'note', none: 'note' });
function readHadolint(root, reader) {
    const config = { ...DEFAULT_CONFIG, path: reader.path, format: 'hadolint', levels: {}, notes: [] };
    const unmapped = new Set();
    const ours = (code) => {
        const found = rulesForHadolintCode(code, reader.rules);
        if (found.length === 0)
            unmapped.add(code);
        return found;
    };
    const rank = (level) => (level === undefined ? -1 : LEVELS.indexOf(level));
    // When a code is in several override lists, hadolint lets `error` win.
    const apply = (codes, level) => {
        for (const rule of codes.flatMap(ours))
            if (rank(level) > rank(config.levels[rule.id]))
                config.levels[rule.id] = level;
    };
    const ignored = [];
    for (const pair of root.items) {
        const key = keyOf(pair, reader);
        const value = pair.value;
        switch (key) {
            case 'ignored':
                ignored.push(...strings(value, key, reader));
                break;
            case 'override':
                if (!(0,dist/* isMap */.jh)(value))
                    reader.fail(value ?? pair.key, 'override: expected a mapping of error, warning, info or style to lists of rule codes');
                for (const entry of value.items) {
                    const level = keyOf(entry, reader);
                    if (!(level in HADOLINT_LEVELS))
                        reader.fail(entry.key, `override.${level}: unknown severity; hadolint's are error, warning, info, style`);
                    apply(strings(entry.value, `override.${level}`, reader), HADOLINT_LEVELS[level]);
                }
                break;
            case 'trustedRegistries':
                // hadolint documents a string too; its code reads a list. Both are accepted here.
                config.settings = { trustedRegistries: (0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' ? [value.value] : strings(value, key, reader) };
                break;
            case 'failure-threshold':
                config.failOn = THRESHOLDS[oneOf(value, key, Object.keys(THRESHOLDS), reader)];
                break;
            case 'no-fail':
                if (bool(value, key, reader))
                    config.failOn = 'never';
                break;
            case 'label-schema':
            case 'strict-labels':
            case 'disable-ignore-pragma':
                config.notes.push(`${key} is not supported by dockerfile-guard and has no effect`);
                break;
            case 'no-color':
            case 'verbose':
            case 'format':
            case 'formats':
            case 'output':
                break; // how hadolint prints, not what it checks
            default:
                config.notes.push(`${key} is not a hadolint setting dockerfile-guard knows; it has no effect`);
        }
    }
    // An ignored rule is not run, whatever an override says of it.
    for (const rule of ignored.flatMap(ours))
        config.levels[rule.id] = 'off';
    if (unmapped.size > 0) {
        config.notes.push(`${[...unmapped].join(', ')}: no dockerfile-guard rule matches or relates to ${unmapped.size === 1 ? 'this code, so it changes' : 'these codes, so they change'} nothing`);
    }
    if (config.failOn === 'never' && root.items.some((pair) => keyOf(pair, reader) === 'failure-threshold')) {
        config.notes.push('no-fail is set, so failure-threshold has no effect');
    }
    return config;
}
// ── YAML helpers ───────────────────────────────────────────────────────────────────────────────
function keyOf(pair, reader) {
    const key = pair.key;
    if (!(0,dist/* isScalar */.jn)(key) || typeof key.value !== 'string')
        return reader.fail(key, 'expected a plain key');
    return key.value;
}
function oneOf(node, key, allowed, reader) {
    // `off` written as YAML's `false` or `no` is what people mean.
    const value = (0,dist/* isScalar */.jn)(node) ? (node.value === false ? 'off' : node.value) : undefined;
    if (typeof value === 'string' && allowed.includes(value.toLowerCase()))
        return value.toLowerCase();
    return reader.fail(node, `${key}: expected one of ${allowed.join(', ')}${(0,dist/* isScalar */.jn)(node) ? `, not \`${String(node.value)}\`` : ''}`);
}
function strings(node, key, reader) {
    if (node === null || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return [];
    if (!(0,dist/* isSeq */.oP)(node))
        return reader.fail(node, `${key}: expected a list, e.g. ${key}: ['…']`);
    return node.items.map((item, i) => {
        if ((0,dist/* isScalar */.jn)(item) && (typeof item.value === 'string' || typeof item.value === 'number') && String(item.value).trim() !== '')
            return String(item.value).trim();
        return reader.fail(item, `${key}[${i}]: expected a non-empty string`);
    });
}
function bool(node, key, reader) {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'boolean')
        return node.value;
    return reader.fail(node, `${key}: expected true or false`);
}
function firstLine(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/** `; did you mean no-root-user?` when one known name is a typo away. */
function suggest(name, known) {
    let best;
    let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1;
    for (const candidate of known) {
        const d = distance(name.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best ? `; did you mean ${best}?` : '';
}
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = row;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/config/load.ts
// Finding and reading the configuration file: the one I/O edge of src/config/.




/** Looked for at the repository root, in this order: our own file wins over hadolint's. */
const CONFIG_FILES = ['.dockerfile-guard.yml', '.dockerfile-guard.yaml', '.hadolint.yaml', '.hadolint.yml'];
/**
 * The configuration for a repository at `root`: the file `explicit` names (relative to `root`),
 * or the first of CONFIG_FILES there, or the defaults. `confined`: the file must lie inside
 * `root` (the action's workspace); the CLI reads a file named on its command line wherever it is.
 * Throws ConfigError, naming the file.
 */
async function loadConfig(root, rules, options = {}) {
    const name = options.explicit || (await firstExisting(root));
    if (!name)
        return DEFAULT_CONFIG;
    const confined = options.confined ?? true;
    let text;
    try {
        // The same guards as for a Dockerfile: a size cap, and no symlink out of the repository.
        text = await readDockerfile((0,external_node_path_namespaceObject.resolve)(root, name), confined || !options.explicit ? { root } : {});
    }
    catch (error) {
        throw new ConfigError(name, undefined, undefined, error instanceof FileError ? error.reason.replace('for a Dockerfile', 'for a configuration file') : String(error));
    }
    return parseConfig(text, name, rules);
}
async function firstExisting(root) {
    for (const name of CONFIG_FILES) {
        const info = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.join)(root, name)).catch(() => undefined);
        if (info?.isFile())
            return name;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/fix.ts
/**
 * The text with the fixes applied, in order of position. A fix that overlaps one already applied
 * waits for the next lint (two rules may rewrite the same words), and the same fix carried by two
 * findings is applied once. Positions are the linter's: 1-based, after any byte-order mark, which
 * is kept.
 */
function applyFixes(text, fixes) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
    const body = bom ? text.slice(1) : text;
    const starts = lineStarts(body);
    const offset = (line, column) => (line <= starts.length ? starts[line - 1] + column - 1 : body.length);
    const edits = fixes
        .map((fix) => ({ start: offset(fix.line, fix.column), end: offset(fix.endLine, fix.endColumn), text: fix.text }))
        .filter((edit) => edit.start <= edit.end)
        .sort((a, b) => a.start - b.start || a.end - b.end);
    let result = '';
    let cursor = 0;
    for (const [i, edit] of edits.entries()) {
        const previous = edits[i - 1];
        if (edit.start < cursor || (previous && previous.start === edit.start && previous.end === edit.end && previous.text === edit.text))
            continue;
        result += body.slice(cursor, edit.start) + edit.text;
        cursor = edit.end;
    }
    return bom + result + body.slice(cursor);
}
/** Offsets where each line starts. */
function lineStarts(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return starts;
}

// EXTERNAL MODULE: ./node_modules/dockerfile-ast/lib/main.js
var main = __nccwpck_require__(8390);
;// CONCATENATED MODULE: ./src/shell/powershell.ts

/** The PowerShell hosts, by lower-cased basename without `.exe`. */
function powerShellHost(name) {
    // Asked of every command the POSIX parser reads: one regex, no allocation for the others.
    const match = HOST.exec(name);
    return match ? match[1].toLowerCase() : undefined;
}
const HOST = /(?:^|[\\/])(powershell|pwsh)(?:\.exe)?$/i;
const ALIASES = table({
    iwr: 'invoke-webrequest',
    irm: 'invoke-restmethod',
    iex: 'invoke-expression',
    icm: 'invoke-command',
    saps: 'start-process',
    start: 'start-process'
});
/** Aliases Windows PowerShell has and pwsh dropped (there they run the native tools). */
const WINDOWS_ALIASES = table({ curl: 'invoke-webrequest', wget: 'invoke-webrequest' });
/** WebClient methods that download: `(New-Object Net.WebClient).DownloadString('https://…')` becomes the command `webclient.downloadstring`. */
const DOWNLOAD_METHODS = new Set(['downloadstring', 'downloadfile', 'downloaddata', 'downloadstringtaskasync', 'downloadfiletaskasync', 'downloaddatataskasync']);
const KEYWORDS = new Set([
    'if', 'elseif', 'else', 'foreach', 'for', 'while', 'do', 'until', 'switch', 'try', 'catch', 'finally', 'function', 'filter',
    'trap', 'return', 'throw', 'exit', 'break', 'continue', 'param', 'begin', 'process', 'end', 'data', 'class', 'enum', 'using'
]);
const MAX_DEPTH = 100;
class PsError extends Error {
}
/** Lists the commands of a PowerShell script into `script`. */
function parsePowerShell(source, script, options) {
    const parser = new PsParser(source, script, options.windowsPowerShell);
    parser.context = options.context ?? 'top';
    parser.parent = options.parent;
    const commands = script.commands.length;
    const pipelines = script.pipelines.length;
    try {
        parser.statements(undefined);
    }
    catch (error) {
        if (!(error instanceof PsError))
            throw error;
        // PowerShell runs nothing of a script it cannot parse, and a script this tokenizer cannot read is
        // one it may have misread: list none of its commands.
        script.commands.length = commands;
        script.pipelines.length = pipelines;
    }
}
class PsParser {
    script;
    windows;
    pos = 0;
    depth = 0;
    context = 'top';
    /** The command nested commands belong to (the one whose word holds the `(…)`). */
    parent;
    /** Set while reading the first word of an expression statement, which an `=` ends (`$x=…`). */
    stopAtEquals = false;
    src;
    offsets;
    constructor(source, script, windows) {
        this.script = script;
        this.windows = windows;
        this.src = source.text;
        this.offsets = source.offsets;
    }
    /** Statements up to `close` (not consumed) or the end. */
    statements(close) {
        let joinedBy;
        for (;;) {
            this.skipSpace(true);
            const c = this.src[this.pos];
            if (c === undefined || c === close)
                return;
            if (c === ')' || c === '}')
                throw new PsError(`unexpected '${c}'`);
            const before = this.pos;
            this.pipeline(joinedBy);
            this.skipSpace(false);
            const d = this.src[this.pos];
            if (this.src.startsWith('&&', this.pos) || this.src.startsWith('||', this.pos)) {
                joinedBy = this.src.slice(this.pos, this.pos + 2);
                this.pos += 2;
            }
            else if (d === ';' || d === '\n' || d === '\r') {
                joinedBy = d === ';' ? ';' : '\n';
            }
            else if (d !== undefined && d !== close) {
                if (this.pos === before)
                    this.pos++; // a character nothing reads (a stray `&`): step over it
                joinedBy = undefined;
            }
        }
    }
    pipeline(joinedBy) {
        const start = this.pos;
        const pipeline = { commands: [], negated: false, joinedBy, start: this.offsets[start], end: this.offsets[start] };
        const index = this.script.pipelines.length;
        this.script.pipelines.push(pipeline);
        for (;;) {
            const command = this.element(pipeline);
            if (command)
                pipeline.commands.push(command);
            this.skipSpace(false);
            if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|')
                break;
            this.pos++;
            this.skipSpace(true);
        }
        if (pipeline.commands.length === 0)
            this.script.pipelines.splice(this.script.pipelines.indexOf(pipeline, index), 1);
        else
            pipeline.end = pipeline.commands[pipeline.commands.length - 1].end;
    }
    /** One pipeline element: a command (`iwr https://…`, `& $x`), or an expression that may stand for one (`(…).DownloadString('…')`). */
    element(pipeline) {
        this.skipSpace(false);
        const start = this.pos;
        const src = this.src;
        const c = src[start];
        if (c === undefined || ';\n\r|)}'.includes(c) || src.startsWith('&&', start))
            return undefined;
        const call = (c === '&' || c === '.') && /[\s('"$[{]/.test(src[start + 1] ?? '');
        const commandMode = call || (/[A-Za-z_]/.test(c) && !KEYWORDS.has(this.peekBare().toLowerCase()));
        const command = {
            name: '', program: '', args: [], assignments: [], redirects: [], pipeline,
            context: this.context, parent: this.parent, start: this.offsets[start], end: this.offsets[start], powershell: true
        };
        const saved = this.parent;
        const words = [];
        if (commandMode) {
            this.script.commands.push(command);
            this.parent = command;
            if (call) {
                this.pos++;
                words.push(this.word(start, this.pos, c, false));
            }
        }
        else {
            this.stopAtEquals = true;
        }
        const firstCommand = this.script.commands.length;
        for (;;) {
            this.skipSpace(false);
            const d = src[this.pos];
            if (d === undefined || ';\n\r|)}'.includes(d) || src.startsWith('&&', this.pos))
                break;
            if (d === ',') {
                this.pos++;
                continue;
            }
            if (!commandMode && d === '=' && words.length === 1 && src[this.pos + 1] !== '=') {
                this.pos++;
                this.stopAtEquals = false;
                return this.assignment(words[0], pipeline, saved);
            }
            const word = this.readWord();
            this.stopAtEquals = false;
            if (!word) {
                if (src[this.pos] === '#' || src.startsWith('<#', this.pos))
                    this.skipComment();
                else if (this.pos < src.length && !';\n\r|)}'.includes(src[this.pos]))
                    this.pos++; // `&` and other operators
                continue;
            }
            words.push(word);
        }
        this.stopAtEquals = false;
        this.parent = saved;
        if (!commandMode)
            return this.representative(words, firstCommand, pipeline);
        const [name, ...args] = words;
        command.end = words.length ? words[words.length - 1].end : command.start;
        if (!name)
            return command;
        command.nameWord = name;
        command.name = name.value;
        command.program = call ? callProgram(args) : this.programOf(name.value);
        const cmdlet = /^[a-z]+-[a-z]+$/.test(command.program);
        command.args = cmdlet ? args.map(parameterName) : args;
        return command;
    }
    /** `$x = <pipeline>`: the right side is a statement of its own; `[T]::Member = value` is listed as a command `t::member`. */
    assignment(target, pipeline, parent) {
        const member = /^\[(?:system\.)?(?:net\.)?([\w.]+)\]::(\w+)$/i.exec(target.value);
        if (!member) {
            this.pipeline(undefined);
            return undefined;
        }
        this.skipSpace(false);
        const value = this.readWord();
        if (!value)
            return undefined;
        const command = {
            name: target.value, program: `${member[1]}::${member[2]}`.toLowerCase(), nameWord: target, args: [value], assignments: [],
            redirects: [], pipeline, context: this.context, parent, start: target.start, end: value.end, powershell: true
        };
        this.script.commands.push(command);
        return command;
    }
    /**
     * The command an expression statement stands for in its pipeline: a download method called on it
     * (`(New-Object Net.WebClient).DownloadString('…') | iex`), or the single command of `(…)` or
     * `(…).Content` (`(iwr https://…).Content | iex`).
     */
    representative(words, first, pipeline) {
        if (words.length !== 1)
            return undefined;
        const [word] = words;
        const nested = this.script.commands.slice(first);
        const method = nested.find((c) => c.end === word.end && c.program.startsWith('webclient.'));
        if (method) {
            method.pipeline = pipeline;
            return method;
        }
        if (!/^\(.*\)(\.content)?$/is.test(word.value))
            return undefined;
        const own = nested.filter((c) => c.parent === this.parent && c.context === 'substitution');
        return own.length === 1 && own[0].pipeline.commands.length === 1 ? own[0] : undefined;
    }
    programOf(name) {
        const base = (name.split(/[\\/]/).pop() ?? '').toLowerCase();
        if (base.endsWith('.exe'))
            return base.slice(0, -4);
        if (base !== name.toLowerCase())
            return base; // a path or a module-qualified cmdlet: no alias
        return ALIASES[base] ?? (this.windows ? WINDOWS_ALIASES[base] : undefined) ?? base;
    }
    // ---- words ------------------------------------------------------------------------------
    /** The first bare word at `pos`, for keyword detection. */
    peekBare() {
        return /^[\w-]*/.exec(this.src.slice(this.pos, this.pos + 20))[0];
    }
    readWord() {
        const src = this.src;
        const start = this.pos;
        if (src[start] === '#' || src.startsWith('<#', start))
            return undefined;
        let value = '';
        let literal = true;
        for (;;) {
            const c = src[this.pos];
            const from = this.pos;
            if (c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r' || ';|,)}'.includes(c))
                break;
            if (c === '&' || (c === '=' && this.stopAtEquals))
                break;
            if (c === '`') {
                if (src[this.pos + 1] === '\n' || src[this.pos + 1] === '\r' || this.pos + 1 >= src.length)
                    break; // a line continuation
                value += escaped(src[this.pos + 1]);
                this.pos += 2;
            }
            else if (c === "'") {
                value += this.singleQuoted();
            }
            else if (c === '"') {
                const inner = this.doubleQuoted();
                value += inner.value;
                literal &&= inner.literal;
            }
            else if (c === '@' && (src[this.pos + 1] === '"' || src[this.pos + 1] === "'") && /^[ \t]*\r?\n/.test(src.slice(this.pos + 2, this.pos + 40))) {
                value += this.hereString();
                literal = false;
            }
            else if (c === '@' && src[this.pos + 1] === '{') {
                this.pos = this.balanced(this.pos + 1, '{', '}');
                value += src.slice(from, this.pos);
                literal = false;
            }
            else if ((c === '$' || c === '@') && src[this.pos + 1] === '(') {
                this.pos++;
                this.group(')', 'substitution');
                value += src.slice(from, this.pos);
                literal = false;
            }
            else if (c === '$') {
                this.variable();
                value += src.slice(from, this.pos);
                literal = false;
            }
            else if (c === '(' || c === '{') {
                this.group(c === '(' ? ')' : '}', c === '(' ? 'substitution' : this.context);
                value += src.slice(from, this.pos);
                literal = false;
            }
            else if (c === '[') {
                this.pos = this.balanced(this.pos, '[', ']');
                value += src.slice(from, this.pos);
                literal = false;
            }
            else if ((c === '.' || c === ':') && this.pos > start && this.methodCall()) {
                value += src.slice(from, this.pos);
                literal = false;
            }
            else {
                value += c;
                this.pos++;
            }
        }
        if (this.pos === start)
            return undefined;
        return { ...this.word(start, this.pos, value, literal), raw: src.slice(start, this.pos) };
    }
    /** At `.Name(` or `::Name(`: reads the call; a download method becomes a command of its own. */
    methodCall() {
        const src = this.src;
        const match = /^(?:\.|::)([A-Za-z_]\w*)\(/.exec(src.slice(this.pos, this.pos + 64));
        if (!match)
            return false;
        const from = this.pos;
        const method = match[1].toLowerCase();
        const nameEnd = from + match[0].length - 1;
        if (!DOWNLOAD_METHODS.has(method)) {
            this.pos = nameEnd;
            this.group(')', 'substitution');
            return true;
        }
        const pipeline = { commands: [], negated: false, start: this.offsets[from], end: 0 };
        const command = {
            name: src.slice(from + 1, nameEnd), program: `webclient.${method}`, nameWord: this.word(from, nameEnd, src.slice(from, nameEnd), true),
            args: [], assignments: [], redirects: [], pipeline, context: this.parent ? 'substitution' : this.context, parent: this.parent,
            start: this.offsets[from], end: 0, powershell: true
        };
        pipeline.commands.push(command);
        this.script.pipelines.push(pipeline);
        this.script.commands.push(command);
        // The arguments: words separated by commas, up to the `)`.
        this.pos = nameEnd + 1;
        const saved = { parent: this.parent, context: this.context };
        this.parent = command;
        this.context = 'substitution';
        this.enter();
        for (;;) {
            this.skipSpace(true);
            const c = src[this.pos];
            if (c === undefined)
                throw new PsError("missing ')'");
            if (c === ')')
                break;
            if (c === ',') {
                this.pos++;
                continue;
            }
            const word = this.readWord();
            if (word)
                command.args.push(word);
            else
                throw new PsError(`unexpected '${c}'`);
        }
        this.depth--;
        Object.assign(this, saved);
        this.pos++;
        command.end = pipeline.end = this.offsets[this.pos - 1] + 1;
        return true;
    }
    singleQuoted() {
        let value = '';
        for (let i = this.pos + 1; i < this.src.length; i++) {
            if (this.src[i] !== "'")
                value += this.src[i];
            else if (this.src[i + 1] === "'")
                value += this.src[++i];
            else {
                this.pos = i + 1;
                return value;
            }
        }
        throw new PsError('unterminated string');
    }
    doubleQuoted() {
        const src = this.src;
        let value = '';
        let literal = true;
        this.pos++;
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (c === '"' && src[this.pos + 1] === '"') {
                value += '"';
                this.pos += 2;
            }
            else if (c === '"') {
                this.pos++;
                return { value, literal };
            }
            else if (c === '`') {
                value += escaped(src[this.pos + 1] ?? '');
                this.pos += 2;
            }
            else if (c === '$' && src[this.pos + 1] === '(') {
                const from = this.pos;
                this.pos++;
                this.group(')', 'substitution');
                value += src.slice(from, this.pos);
                literal = false;
            }
            else if (c === '$' && /[\w{:?^$]/.test(src[this.pos + 1] ?? '')) {
                const from = this.pos;
                this.variable();
                value += src.slice(from, this.pos);
                literal = false;
            }
            else {
                value += c;
                this.pos++;
            }
        }
        throw new PsError('unterminated string');
    }
    /** `@'…'@` and `@"…"@`: the closing quote and `@` start a line. */
    hereString() {
        const quote = this.src[this.pos + 1];
        const bodyStart = this.src.indexOf('\n', this.pos) + 1;
        const close = this.src.indexOf(`\n${quote}@`, bodyStart - 1);
        if (close < 0)
            throw new PsError('unterminated here-string');
        this.pos = close + 3;
        return this.src.slice(bodyStart, close).replace(/\r$/, '');
    }
    variable() {
        const src = this.src;
        if (src[this.pos + 1] === '{') {
            const close = src.indexOf('}', this.pos);
            if (close < 0)
                throw new PsError("missing '}'");
            this.pos = close + 1;
            return;
        }
        const match = /^\$(?:[?^$]|[\w]+(?::\w+)?)/.exec(src.slice(this.pos, this.pos + 256));
        this.pos += match ? match[0].length : 1;
    }
    /** A nested script in `(…)`, `$(…)`, `@(…)` or a scriptblock `{…}`; `pos` is at the opening bracket. */
    group(close, context) {
        const saved = { context: this.context, parent: this.parent, stopAtEquals: this.stopAtEquals };
        this.context = context;
        this.stopAtEquals = false;
        this.enter();
        this.pos++;
        this.statements(close);
        if (this.src[this.pos] !== close)
            throw new PsError(`missing '${close}'`);
        this.pos++;
        this.depth--;
        Object.assign(this, saved);
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            throw new PsError('nesting too deep');
    }
    /** From an opening bracket, the offset after its matching close (strings respected, nothing parsed). */
    balanced(open, openChar, closeChar) {
        const src = this.src;
        let depth = 0;
        for (let i = open; i < src.length; i++) {
            const c = src[i];
            if (c === '`')
                i++;
            else if (c === "'" || c === '"') {
                const end = src.indexOf(c, i + 1);
                if (end < 0)
                    break;
                i = end;
            }
            else if (c === openChar)
                depth++;
            else if (c === closeChar && --depth === 0)
                return i + 1;
        }
        throw new PsError(`missing '${closeChar}'`);
    }
    /** Blanks, backtick line continuations, comments and, when `newlines`, newlines and `;`. */
    skipSpace(newlines) {
        const src = this.src;
        for (;;) {
            const c = src[this.pos];
            if (c === ' ' || c === '\t' || c === '\f' || c === '\u00a0')
                this.pos++;
            else if (c === '`' && (src[this.pos + 1] === '\n' || (src[this.pos + 1] === '\r' && src[this.pos + 2] === '\n')))
                this.pos += src[this.pos + 1] === '\r' ? 3 : 2;
            else if (c === '#' || src.startsWith('<#', this.pos))
                this.skipComment();
            else if (newlines && (c === '\n' || c === '\r' || c === ';'))
                this.pos++;
            else
                return;
        }
    }
    skipComment() {
        if (this.src.startsWith('<#', this.pos)) {
            const end = this.src.indexOf('#>', this.pos + 2);
            this.pos = end < 0 ? this.src.length : end + 2;
            return;
        }
        const end = this.src.indexOf('\n', this.pos);
        this.pos = end < 0 ? this.src.length : end;
    }
    /** A word over `[start, end)` of the text, with its span in the Dockerfile. */
    word(start, end, value, literal) {
        return { value, raw: this.src.slice(start, end), literal, start: this.offsets[start], end: end > start ? this.offsets[end - 1] + 1 : this.offsets[start] };
    }
}
function escaped(c) {
    const map = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };
    return map[c] ?? c;
}
/** PowerShell parameter names are case-insensitive: the value of `-SkipCertificateCheck` is `-skipcertificatecheck`, so tables can list it once. */
function parameterName(word) {
    const match = /^-[A-Za-z_?][\w-]*/.exec(word.raw);
    if (!match || !word.value.startsWith(match[0]))
        return word;
    return { ...word, value: match[0].toLowerCase() + word.value.slice(match[0].length) };
}
/**
 * The call operators `&` and `.` (program `&`). `& ([scriptblock]::Create(…))` and `. ([scriptblock]::Create(…))`
 * run a string as code, as Invoke-Expression does.
 */
function callProgram(args) {
    return /^\(*\s*\[(system\.management\.automation\.)?scriptblock\]::create\(/i.test(args[0]?.value ?? '') ? 'invoke-expression' : '&';
}
// ---- from command lines to sources -------------------------------------------------------------
/** The Docker-joined text of an instruction body with its offsets: continuations (and the comment lines Docker drops in them) removed. */
function joinedSource(text, start, end, escape) {
    let out = '';
    const offsets = [];
    let continued = false;
    let i = start;
    while (i < end) {
        let lineEnd = text.indexOf('\n', i);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        let contentEnd = lineEnd;
        if (text[contentEnd - 1] === '\r')
            contentEnd--;
        const line = text.slice(i, contentEnd);
        if (continued && /^\s*(#.*)?$/.test(line)) {
            i = lineEnd + 1;
            continue;
        }
        continued = line.endsWith(escape);
        const keep = continued ? contentEnd - 1 : lineEnd < end ? lineEnd + 1 : lineEnd;
        for (let j = i; j < keep; j++) {
            out += text[j];
            offsets.push(j);
        }
        i = lineEnd + 1;
    }
    offsets.push(offsets.length ? offsets[offsets.length - 1] + 1 : start);
    return { text: out, offsets };
}
/** A word as a source: each character keeps its offset where the word's text matches its value (unquoted, simply quoted or JSON-escaped); otherwise all point at its start. */
function wordSource(word) {
    const offsets = charOffsets(word);
    offsets.push(word.end);
    return { text: word.value, offsets };
}
/** Sources joined with spaces, as PowerShell joins the arguments after `-Command`. */
function joinSources(sources) {
    let text = '';
    const offsets = [];
    let end = 0;
    for (const [n, source] of sources.entries()) {
        if (n > 0) {
            text += ' '; // the joining space stands where the previous argument ends
            offsets.push(end);
        }
        text += source.text;
        for (let i = 0; i < source.text.length; i++)
            offsets.push(source.offsets[i]);
        end = source.offsets[source.text.length];
    }
    offsets.push(end);
    return { text, offsets };
}
function charOffsets(word) {
    const { value, raw, start } = word;
    if (raw === value)
        return [...value].map((_, i) => start + i);
    if (raw.length === value.length + 2 && (raw[0] === "'" || raw[0] === '"') && raw.slice(1, -1) === value)
        return [...value].map((_, i) => start + 1 + i);
    if (raw[0] === '"') {
        // A JSON string (exec form): walk its escapes.
        const out = [];
        let decoded = '';
        for (let i = 1; i < raw.length - 1; i++) {
            out.push(start + i);
            if (raw[i] === '\\') {
                const e = raw[i + 1];
                if (e === 'u') {
                    decoded += String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
                    i += 5;
                }
                else {
                    decoded += { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' }[e] ?? e;
                    i++;
                }
            }
            else
                decoded += raw[i];
        }
        if (decoded === value)
            return out;
    }
    return [...value].map(() => start);
}
/**
 * Where the script starts in a PowerShell host's arguments (the host's own name left out): the index
 * of the first word after `-Command` or, for Windows PowerShell, after its options. Undefined for
 * `-File`, `-EncodedCommand`, stdin, pwsh's script file, or an option not understood.
 */
function hostScript(host, args) {
    for (let i = 0; i < args.length; i++) {
        const name = args[i].toLowerCase();
        if (!name.startsWith('-') && !name.startsWith('/'))
            return host === 'powershell' ? i : undefined;
        const option = '-' + name.slice(1);
        if (option === '-')
            return undefined; // the script from stdin
        if ('-command'.startsWith(option))
            return i + 1;
        if (HOST_VALUED.has(option) || [...HOST_VALUED].some((v) => option.length >= 4 && v.startsWith(option)))
            i++;
        else if (!HOST_FLAGS.has(option) && ![...HOST_FLAGS].some((f) => option.length >= 4 && f.startsWith(option)))
            return undefined;
    }
    return host === 'powershell' ? args.length : undefined;
}
const HOST_VALUED = new Set(['-ep', '-ex', '-wd', '-w', '-v', '-executionpolicy', '-inputformat', '-outputformat', '-windowstyle', '-configurationname', '-workingdirectory', '-version', '-psconsolefile', '-settingsfile', '-custompipename']);
const HOST_FLAGS = new Set(['-nop', '-noni', '-nol', '-nologo', '-noprofile', '-noninteractive', '-noexit', '-sta', '-mta', '-login', '-noprofileloadtime', '-interactive']);
/**
 * A cmd.exe command line (Windows' default shell) that only starts PowerShell: `powershell -Command
 * "iex …"`. cmd itself is not parsed: a line with cmd's operators (`&`, `|`, `<`, `>`, `^`, `%VAR%`)
 * outside double quotes is left alone. The arguments are split as Windows programs split them.
 */
function cmdPowerShell(source) {
    const { text, offsets } = source;
    const args = [];
    let current;
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (!quoted && /[&|<>^\n\r]/.test(c))
            return undefined;
        if (c === '%' && /^%\w+%/.test(text.slice(i)))
            return undefined;
        if (!quoted && (c === ' ' || c === '\t')) {
            if (current)
                args.push(current);
            current = undefined;
            continue;
        }
        current ??= { text: '', offsets: [] };
        if (c === '\\' && text[i + 1] === '"') {
            current.text += '"';
            current.offsets.push(offsets[i + 1]);
            i++;
        }
        else if (c === '"') {
            quoted = !quoted;
        }
        else {
            current.text += c;
            current.offsets.push(offsets[i]);
        }
    }
    if (quoted)
        return undefined;
    if (current)
        args.push(current);
    const host = powerShellHost(args[0]?.text ?? '');
    if (!host)
        return undefined;
    const rest = args.slice(1);
    for (const a of rest)
        a.offsets.push(a.offsets.length ? a.offsets[a.offsets.length - 1] + 1 : 0);
    const at = hostScript(host, rest.map((a) => a.text));
    if (at === undefined || at >= rest.length)
        return undefined;
    return { host, script: joinSources(rest.slice(at)) };
}
const COMMON_VALUED = ['erroraction', 'errorvariable', 'warningaction', 'warningvariable', 'informationaction', 'informationvariable', 'outvariable', 'outbuffer', 'pipelinevariable', 'progressaction'];
const WEB_SWITCHES = [
    'usebasicparsing', 'usedefaultcredentials', 'disablekeepalive', 'skipcertificatecheck', 'skipheadervalidation', 'skiphttperrorcheck',
    'allowunencryptedauthentication', 'allowinsecureredirect', 'noproxy', 'passthru', 'resume', 'preserveauthorizationonredirect',
    'preservehttpmethodonredirect', 'proxyusedefaultcredentials', 'followrellink', 'verbose', 'debug'
];
const WEB_VALUED = [
    'uri', 'method', 'custommethod', 'body', 'form', 'contenttype', 'headers', 'infile', 'outfile', 'useragent', 'websession', 'sessionvariable',
    'certificate', 'certificatethumbprint', 'credential', 'authentication', 'token', 'proxy', 'proxycredential', 'timeoutsec',
    'connectiontimeoutseconds', 'operationtimeoutseconds', 'maximumredirection', 'maximumretrycount', 'retryintervalsec', 'transferencoding',
    'sslprotocol', 'httpversion', 'unixsocket', 'responseheadersvariable', 'statuscodevariable', 'maximumfollowrellink', ...COMMON_VALUED
];
const WEB = { url: 'uri', switches: WEB_SWITCHES, valued: WEB_VALUED };
const DOWNLOADERS = table({
    'invoke-webrequest': WEB,
    'invoke-restmethod': WEB,
    'start-bitstransfer': {
        url: 'source',
        switches: ['asynchronous', 'suspended', 'dynamic', 'customheaderswriteonly', 'usestoredcredential', 'verbose', 'debug', 'whatif', 'confirm'],
        valued: [
            'source', 'destination', 'description', 'displayname', 'priority', 'transfertype', 'credential', 'authentication', 'proxyauthentication',
            'proxybypass', 'proxycredential', 'proxylist', 'proxyusage', 'retryinterval', 'retrytimeout', 'maxdownloadtime', 'transferpolicy',
            'customheaders', 'certstorelocation', 'certstorename', 'certhash', 'httpmethod', 'securityflags', 'notifyflags', 'notifycmdline', 'aclflags',
            ...COMMON_VALUED
        ]
    }
});
/** True for the PowerShell commands that download: Invoke-WebRequest, Invoke-RestMethod, Start-BitsTransfer, WebClient's Download* methods. */
function isPowerShellDownload(command) {
    return command.program in DOWNLOADERS || command.program.startsWith('webclient.download');
}
/** Binds the arguments to the cmdlet's parameters (names may be abbreviated); undefined when a parameter is not known. */
function bind(command, spec) {
    const named = new Map();
    const positional = [];
    const all = [...spec.switches, ...spec.valued];
    for (let i = 0; i < command.args.length; i++) {
        const arg = command.args[i];
        const match = /^-([a-z_][\w-]*)(:?)/.exec(arg.value);
        if (!match || !arg.raw.startsWith('-')) {
            positional.push(arg);
            continue;
        }
        const given = match[1];
        const candidates = all.includes(given) ? [given] : all.filter((p) => p.startsWith(given));
        if (candidates.length !== 1)
            return undefined;
        const [name] = candidates;
        if (spec.switches.includes(name))
            named.set(name, arg);
        else if (match[2])
            named.set(name, { ...arg, value: arg.value.slice(match[0].length), start: arg.start + match[0].length });
        else if (command.args[i + 1])
            named.set(name, command.args[++i]);
    }
    return { named, positional };
}
/** The URLs a PowerShell download fetches, as written. */
function powerShellDownloadUrls(command) {
    if (command.program.startsWith('webclient.'))
        return command.args.slice(0, 1);
    const spec = DOWNLOADERS[command.program];
    const bound = spec && bind(command, spec);
    if (!bound)
        return [];
    const url = bound.named.get(spec.url) ?? bound.positional[0];
    return url ? [url] : [];
}
/** True when the download is the command's output (so it can be piped or run): no `-OutFile`, or `DownloadString`. */
function powerShellDownloadsToStdout(command) {
    if (command.program.startsWith('webclient.'))
        return command.program === 'webclient.downloadstring' || command.program === 'webclient.downloadstringtaskasync';
    const spec = DOWNLOADERS[command.program];
    const bound = spec && bind(command, spec);
    if (!bound || command.program === 'start-bitstransfer')
        return false;
    return !bound.named.has('outfile') || bound.named.has('passthru');
}

;// CONCATENATED MODULE: ./src/shell/wrappers.ts

const WRAPPERS = table({
    sudo: { valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T', '--user', '--group'], assignments: true },
    doas: { valued: ['-u', '-C'] },
    env: { valued: ['-u', '-C', '-S', '--unset', '--chdir'], assignments: true },
    nice: { valued: ['-n', '--adjustment'] },
    nohup: { valued: [] },
    time: { valued: ['-f', '-o'] },
    exec: { valued: ['-a'] },
    command: { valued: [] },
    builtin: { valued: [] },
    stdbuf: { valued: ['-i', '-o', '-e'] },
    timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], operands: 1 },
    xargs: { valued: ['-I', '-n', '-P', '-d', '-L', '-s', '-E', '-a', '--max-args', '--max-procs', '--delimiter', '--arg-file'] },
    gosu: { valued: [], operands: 1 },
    'su-exec': { valued: [], operands: 1 },
    runuser: { valued: ['-u', '-g', '-G', '--user', '--group'] },
    chroot: { valued: ['--userspec', '--groups'], operands: 1 },
    tini: { valued: ['-s', '-p', '-e'] },
    'dumb-init': { valued: ['-r', '--rewrite'] },
    unbuffer: { valued: [] },
    eatmydata: { valued: [] },
    fakeroot: { valued: ['-l', '-s', '-i'] },
    'setarch': { valued: [], operands: 1 },
    'linux32': { valued: [] },
    'linux64': { valued: [] }
});
/** The command a wrapper runs, as a command of its own, or undefined when `command` wraps nothing. */
function unwrap(command) {
    const wrapper = WRAPPERS[command.program];
    if (!wrapper)
        return undefined;
    const assignments = [];
    let operands = wrapper.operands ?? 0;
    let i = 0;
    for (; i < command.args.length; i++) {
        const arg = command.args[i].value;
        if (arg === '--') {
            i++;
            break;
        }
        if (wrapper.valued.includes(arg))
            i++;
        else if (arg.startsWith('-') && arg.length > 1)
            continue;
        else if (wrapper.assignments && /^[A-Za-z_][A-Za-z0-9_]*=/.test(arg))
            assignments.push(command.args[i]);
        else if (operands > 0)
            operands--;
        else
            break;
    }
    while (operands-- > 0 && i < command.args.length)
        i++;
    const name = command.args[i];
    if (!name)
        return undefined;
    const slash = name.value.lastIndexOf('/');
    return {
        name: name.value,
        program: slash < 0 ? name.value : name.value.slice(slash + 1),
        nameWord: name,
        args: command.args.slice(i + 1),
        assignments,
        redirects: [],
        pipeline: command.pipeline,
        context: 'wrapped',
        parent: command,
        start: name.start,
        end: command.end
    };
}

;// CONCATENATED MODULE: ./src/shell/parse.ts


const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
class SyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** The characters that end a word, by char code: a table, since it is asked for every character. */
const META = new Uint8Array(128);
for (const c of ' \t\n\r;&|()<>')
    META[c.charCodeAt(0)] = 1;
const RESERVED = /(if|in|then|else|elif|fi|for|select|while|until|do|done|case|esac|function|\{|\}|!|\[\[)(?=[\s;&|()<>]|$)/y;
/** The first characters of the reserved words. */
const RESERVED_START = new Uint8Array(128);
for (const c of 'itefswudc{}![')
    RESERVED_START[c.charCodeAt(0)] = 1;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;
const NAME = /[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-]/y;
const REDIRECT = /([0-9]*)(<<<|<<-|<<|<>|<&|>>|>&|>\||&>>|&>|<|>)/y;
/** Commands nested deeper than this end the parse with an error: real RUN bodies nest a handful of
 * levels, and the recursion must not overflow the stack on hostile input (5,000 nested `$(…)`). */
const parse_MAX_DEPTH = 100;
/**
 * An exec-form command (`RUN ["sh", "-c", "…"]`): no shell reads it, so its words are taken as they
 * are; wrappers are unwrapped and shell strings parsed as for the shell form.
 */
function parseExec(words) {
    const script = { commands: [], pipelines: [] };
    if (words.length)
        new Parser('', 0, undefined, script).exec(words);
    return script;
}
function parseShell(src, options = {}) {
    const script = { commands: [], pipelines: [] };
    new Parser(src, options.base ?? 0, options.dockerEscape, script).parseScript('top', undefined);
    return script;
}
class Parser {
    src;
    base;
    dockerEscape;
    script;
    depth;
    pos = 0;
    pending = [];
    context = 'top';
    parent;
    /** True while parsing the condition list of an `if`, `elif`, `while` or `until`. */
    inCondition = false;
    constructor(src, base, dockerEscape, script, 
    /** Nesting depth: a nested parser (`sh -c`, backticks, heredoc scripts) starts one level below its parent. */
    depth = 0) {
        this.src = src;
        this.base = base;
        this.dockerEscape = dockerEscape;
        this.script = script;
        this.depth = depth;
    }
    parseScript(context, parent) {
        this.context = context;
        this.parent = parent;
        try {
            this.parseList(undefined, false);
            this.skipBlanks();
            if (this.pos < this.src.length)
                this.fail(`unexpected '${this.src[this.pos]}'`);
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            this.script.error ??= { message: error.message, offset: this.base + error.offset };
        }
    }
    exec([name, ...args]) {
        const end = args.length ? args[args.length - 1].end : name.end;
        const pipeline = { commands: [], negated: false, start: name.start, end };
        const command = this.newCommand(pipeline, 0);
        Object.assign(command, { name: name.value, program: basename(name.value), nameWord: name, args, start: name.start, end });
        pipeline.commands.push(command);
        this.script.pipelines.push(pipeline);
        this.script.commands.push(command);
        try {
            this.expand(command);
        }
        catch (error) {
            if (!(error instanceof SyntaxError))
                throw error;
            this.script.error ??= { message: error.message, offset: error.offset };
        }
    }
    // ---- lists, pipelines, commands ----------------------------------------------------------
    /** Parses and-or lists until EOF, a `)` (when `inParens`), `;;`, or one of the `stop` words. */
    parseList(stop, inParens) {
        let joinedBy;
        for (;;) {
            this.skipSeparators();
            const c = this.src[this.pos];
            if (c === undefined || (inParens && c === ')') || this.src.startsWith(';;', this.pos))
                return;
            if (stop && stop.has(this.peekReserved() ?? ''))
                return;
            this.parseAndOr(joinedBy);
            this.skipBlanks();
            const d = this.src[this.pos];
            if (d === ';' && this.src[this.pos + 1] !== ';') {
                joinedBy = ';';
                this.pos++;
            }
            else if (d === '&' && this.src[this.pos + 1] !== '&' && this.src[this.pos + 1] !== '>') {
                joinedBy = '&';
                this.pos++;
            }
            else if (d === '\n' || d === '\r') {
                joinedBy = '\n';
            }
            else {
                return;
            }
        }
    }
    parseAndOr(joinedBy) {
        this.parsePipeline(joinedBy);
        for (;;) {
            this.skipBlanks();
            const op = this.src.slice(this.pos, this.pos + 2);
            if (op !== '&&' && op !== '||')
                return;
            this.pos += 2;
            this.skipSeparators(false);
            this.parsePipeline(op);
        }
    }
    parsePipeline(joinedBy) {
        this.skipBlanks();
        const start = this.pos;
        const pipeline = { commands: [], negated: false, joinedBy, start: this.base + start, end: 0 };
        if (this.inCondition)
            pipeline.condition = true;
        if (this.peekReserved() === '!') {
            pipeline.negated = true;
            this.pos++;
        }
        this.script.pipelines.push(pipeline);
        for (;;) {
            pipeline.commands.push(this.parseCommand(pipeline));
            this.skipBlanks();
            if (this.src[this.pos] !== '|' || this.src[this.pos + 1] === '|')
                break;
            this.pos += this.src[this.pos + 1] === '&' ? 2 : 1;
            this.skipSeparators(false);
        }
        pipeline.end = pipeline.commands[pipeline.commands.length - 1].end;
    }
    /** Every kind of nesting passes through here, so this is where the depth is counted. */
    parseCommand(pipeline) {
        if (++this.depth > parse_MAX_DEPTH)
            this.fail('nesting too deep');
        const command = this.parseCommandAt(pipeline);
        this.depth--;
        return command;
    }
    parseCommandAt(pipeline) {
        this.skipBlanks();
        const start = this.pos;
        const c = this.src[start];
        const reserved = this.peekReserved();
        if (c === '(' && this.src[start + 1] === '(') {
            this.pos = this.skipBalanced(start + 1, '(', ')'); // (( arithmetic ))
            if (this.src[this.pos] !== ')')
                this.fail("missing ')' of '(( … ))'");
            this.pos++;
            return this.compound('((', pipeline, start);
        }
        if (c === '(') {
            this.pos++;
            this.parseList(undefined, true);
            this.expect(')');
            return this.compound('(', pipeline, start);
        }
        switch (reserved) {
            case '{':
                this.pos++;
                this.parseList(new Set(['}']), false);
                this.expectWord('}');
                return this.compound('{', pipeline, start);
            case 'if':
                this.pos += 2;
                this.parseCondition('then');
                this.expectWord('then');
                this.parseList(new Set(['elif', 'else', 'fi']), false);
                while (this.peekReserved() === 'elif') {
                    this.pos += 4;
                    this.parseCondition('then');
                    this.expectWord('then');
                    this.parseList(new Set(['elif', 'else', 'fi']), false);
                }
                if (this.peekReserved() === 'else') {
                    this.pos += 4;
                    this.parseList(new Set(['fi']), false);
                }
                this.expectWord('fi');
                return this.compound('if', pipeline, start);
            case 'while':
            case 'until':
                this.pos += reserved.length;
                this.parseCondition('do');
                this.parseDoGroup();
                return this.compound(reserved, pipeline, start);
            case 'for':
            case 'select':
                this.pos += reserved.length;
                this.parseFor();
                return this.compound(reserved, pipeline, start);
            case 'case':
                this.pos += 4;
                this.parseCase();
                return this.compound('case', pipeline, start);
            case 'function':
                this.pos += 8;
                this.skipBlanks();
                this.readWord();
                this.skipBlanks();
                if (this.src.startsWith('()', this.pos))
                    this.pos += 2;
                return this.parseCommand(pipeline);
            case '[[':
                this.pos = this.endOfTest(start);
                return this.compound('[[', pipeline, start);
        }
        return this.parseSimple(pipeline, start);
    }
    compound(name, pipeline, start) {
        const command = this.newCommand(pipeline, start);
        command.name = command.program = name;
        command.compound = true;
        this.parseRedirects(command);
        command.end = this.base + this.pos;
        return command;
    }
    /** The condition list of `if`/`elif`/`while`/`until`: its pipelines are marked `condition`. */
    parseCondition(stop) {
        const outer = this.inCondition;
        this.inCondition = true;
        this.parseList(new Set([stop]), false);
        this.inCondition = outer;
    }
    parseDoGroup() {
        this.skipSeparators();
        this.expectWord('do');
        this.parseList(new Set(['done']), false);
        this.expectWord('done');
    }
    parseFor() {
        this.skipBlanks();
        if (this.src.startsWith('((', this.pos)) {
            this.pos = this.skipBalanced(this.pos + 1, '(', ')') + 1;
        }
        else {
            this.readWord();
            this.skipSeparators();
            if (this.src.startsWith('in', this.pos) && /[\s;]/.test(this.src[this.pos + 2] ?? ' ')) {
                this.pos += 2;
                for (;;) {
                    this.skipBlanks();
                    const c = this.src[this.pos];
                    if (c === undefined || c === ';' || c === '\n' || c === '\r')
                        break;
                    if (!this.readWord())
                        this.fail(`unexpected '${c}' in 'for' list`);
                }
            }
        }
        this.skipSeparators();
        if (this.src[this.pos] === '{') {
            this.pos++;
            this.parseList(new Set(['}']), false);
            this.expectWord('}');
        }
        else {
            this.parseDoGroup();
        }
    }
    parseCase() {
        this.skipBlanks();
        if (!this.readWord())
            this.fail("missing word after 'case'");
        this.skipSeparators();
        this.expectWord('in');
        for (;;) {
            this.skipSeparators();
            if (this.peekReserved() === 'esac')
                break;
            if (this.src[this.pos] === '(')
                this.pos++;
            for (;;) {
                this.skipBlanks();
                if (!this.readWord())
                    this.fail("missing pattern in 'case'");
                this.skipBlanks();
                if (this.src[this.pos] !== '|')
                    break;
                this.pos++;
            }
            this.expect(')');
            this.parseList(new Set(['esac']), false);
            const terminator = /;;&|;;|;&/y;
            terminator.lastIndex = this.pos;
            const match = terminator.exec(this.src);
            if (match)
                this.pos += match[0].length;
            else if (this.peekReserved() !== 'esac')
                this.fail("missing ';;' in 'case'");
        }
        this.pos += 4;
    }
    parseSimple(pipeline, start) {
        const command = this.newCommand(pipeline, start);
        this.script.commands.push(command);
        const outer = this.parent;
        this.parent = command;
        let end = start; // after the last word or redirect: trailing blanks are not part of the command
        for (;; end = this.pos) {
            this.skipBlanks();
            const c = this.src[this.pos];
            if (c === undefined || c === '\n' || c === '\r' || c === ';' || c === '|' || c === ')')
                break;
            if (c === '&' && this.src[this.pos + 1] !== '>')
                break;
            if ((c === '<' || c === '>') && this.src[this.pos + 1] === '(') {
                this.pushWord(command, this.readWord());
                continue;
            }
            if (this.parseRedirect(command))
                continue;
            if (c === '(') {
                if (command.nameWord && command.args.length === 0) {
                    this.parseFunctionBody(command); // name() { …; }
                    break;
                }
                this.fail("unexpected '('");
            }
            const word = this.readWord();
            if (!word)
                break;
            this.pushWord(command, word);
        }
        this.parent = outer;
        command.end = this.base + Math.max(end, Math.min(this.pos, start));
        if (command.nameWord)
            this.expand(command);
        return command;
    }
    pushWord(command, word) {
        if (!command.nameWord && ASSIGNMENT.test(word.raw)) {
            command.assignments.push(word);
        }
        else if (!command.nameWord) {
            command.nameWord = word;
            command.name = word.value;
            command.program = basename(word.value);
        }
        else {
            command.args.push(word);
        }
    }
    parseFunctionBody(command) {
        this.pos++;
        this.skipBlanks();
        this.expect(')');
        this.skipSeparators();
        this.script.commands.splice(this.script.commands.indexOf(command), 1);
        command.name = command.program = '';
        command.nameWord = undefined;
        this.parseCommand(command.pipeline);
    }
    /** Lists what a wrapper (`sudo x`) or a shell (`sh -c '…'`) runs as commands of their own. */
    expand(outer) {
        let command = outer;
        // A loop, not recursion: `sudo sudo … x` may be thousands of wrappers long.
        for (let inner = unwrap(command); inner; inner = unwrap(command)) {
            command.inner = inner;
            this.script.commands.push(inner);
            command = inner;
        }
        const host = powerShellHost(command.program);
        if (host)
            return this.powerShell(host, command);
        if (!SHELLS.has(command.program) && command.program !== 'su')
            return;
        const script = shellString(command);
        if (!script || /\$\(|`/.test(script.raw))
            return; // substitutions were parsed where they stand
        const exact = script.raw.length === script.value.length + 2 && /^['"]/.test(script.raw);
        const nested = new Parser(script.value, exact ? script.start + 1 : script.start, undefined, this.script, this.depth + 1);
        const first = this.script.commands.length;
        nested.parseScript('shell-string', command);
        if (!exact) {
            for (const c of this.script.commands.slice(first)) {
                c.start = script.start;
                c.end = script.end;
            }
        }
    }
    /** `pwsh -c 'iwr … | iex'`, `["powershell", "-Command", "…"]`: the PowerShell script, listed as commands of its own. */
    powerShell(host, command) {
        const at = hostScript(host, command.args.map((a) => a.value));
        if (at === undefined || at >= command.args.length)
            return;
        const source = joinSources(command.args.slice(at).map(wordSource));
        parsePowerShell(source, this.script, { windowsPowerShell: host === 'powershell', context: 'shell-string', parent: command });
    }
    // ---- redirects and heredocs ------------------------------------------------------------
    parseRedirects(command) {
        for (;;) {
            this.skipBlanks();
            if (!this.parseRedirect(command))
                return;
        }
    }
    parseRedirect(command) {
        const start = this.pos;
        REDIRECT.lastIndex = start;
        const match = REDIRECT.exec(this.src);
        if (!match)
            return false;
        this.pos = REDIRECT.lastIndex;
        this.skipBlanks();
        const target = this.readWord();
        if (!target)
            this.fail(`missing target after '${match[2]}'`);
        const redirect = {
            op: match[2],
            fd: match[1] || undefined,
            target,
            start: this.base + start,
            end: this.base + this.pos
        };
        command.redirects.push(redirect);
        if (redirect.op === '<<' || redirect.op === '<<-') {
            this.pending.push({ redirect, strip: redirect.op === '<<-', owner: command.compound ? undefined : command });
        }
        return true;
    }
    /** Reads the bodies of the heredocs announced on the line that just ended (`pos` is after its newline). */
    readHeredocs() {
        const pending = this.pending;
        this.pending = [];
        for (const { redirect, strip, owner } of pending) {
            const target = redirect.target;
            const delimiter = target.value;
            const bodyStart = this.pos;
            let end = -1;
            while (this.pos < this.src.length) {
                let lineEnd = this.src.indexOf('\n', this.pos);
                if (lineEnd < 0)
                    lineEnd = this.src.length;
                let line = this.src.slice(this.pos, lineEnd);
                if (line.endsWith('\r'))
                    line = line.slice(0, -1);
                if ((strip ? line.replace(/^\t+/, '') : line) === delimiter) {
                    end = this.pos;
                    this.pos = Math.min(lineEnd + 1, this.src.length);
                    break;
                }
                this.pos = lineEnd + 1;
            }
            if (end < 0)
                this.fail(`heredoc '${delimiter}' is not terminated`, bodyStart);
            const heredoc = {
                delimiter,
                quoted: target.raw !== target.value || target.raw.includes('\\'),
                body: this.src.slice(bodyStart, end),
                bodyStart: this.base + bodyStart,
                start: redirect.start,
                end: this.base + this.pos
            };
            redirect.heredoc = heredoc;
            if (owner && isScriptConsumer(owner)) {
                new Parser(heredoc.body, heredoc.bodyStart, undefined, this.script, this.depth + 1).parseScript('heredoc-script', owner);
            }
        }
    }
    // ---- words -------------------------------------------------------------------------------
    readWord() {
        const src = this.src;
        const start = this.pos;
        if (src[start] === '#') {
            const end = src.indexOf('\n', start);
            this.pos = end < 0 ? src.length : end;
            return undefined;
        }
        let value = '';
        let literal = true;
        let chunk = start; // start of the pending literal run
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (META[src.charCodeAt(this.pos)] === 1) {
                if ((c === '<' || c === '>') && src[this.pos + 1] === '(' && this.pos === start) {
                    value += src.slice(chunk, this.pos);
                    const open = this.pos;
                    this.pos += 2;
                    this.nested('process-substitution', ')');
                    value += src.slice(open, this.pos);
                    chunk = this.pos;
                    literal = false;
                    continue;
                }
                break;
            }
            if (c === '\\' || c === this.dockerEscape) {
                const skip = this.continuation(this.pos);
                value += src.slice(chunk, this.pos);
                if (skip) {
                    this.pos = skip;
                }
                else if (c === '\\') {
                    if (this.pos + 1 < src.length)
                        value += src[this.pos + 1];
                    this.pos += 2;
                }
                else {
                    value += c;
                    this.pos++;
                }
                chunk = this.pos;
            }
            else if (c === "'") {
                value += src.slice(chunk, this.pos);
                const close = src.indexOf("'", this.pos + 1);
                if (close < 0)
                    this.fail('unterminated single quote', this.pos);
                value += src.slice(this.pos + 1, close);
                this.pos = chunk = close + 1;
            }
            else if (c === '"') {
                value += src.slice(chunk, this.pos);
                this.pos++;
                const inner = this.readDoubleQuoted();
                value += inner.value;
                literal &&= inner.literal;
                chunk = this.pos;
            }
            else if (c === '$' || c === '`') {
                value += src.slice(chunk, this.pos);
                const from = this.pos;
                if (c === '$' && src[this.pos + 1] === "'") {
                    const close = this.endOfAnsiC(this.pos + 2);
                    value += src.slice(this.pos + 2, close);
                    this.pos = close + 1;
                }
                else if (this.readExpansion()) {
                    value += src.slice(from, this.pos);
                    literal = false;
                }
                else {
                    value += c;
                }
                chunk = this.pos;
            }
            else {
                this.pos++;
                if (c === '=' && this.src[this.pos] === '(' && ASSIGNMENT.test(src.slice(start, this.pos))) {
                    // array assignment: name=(a b c)
                    this.pos = this.skipBalanced(this.pos, '(', ')') + 1;
                    literal = false;
                }
            }
        }
        value += src.slice(chunk, this.pos);
        if (this.pos === start)
            return undefined;
        return { value, raw: src.slice(start, this.pos), literal, start: this.base + start, end: this.base + this.pos };
    }
    readDoubleQuoted() {
        const src = this.src;
        let value = '';
        let literal = true;
        let chunk = this.pos;
        while (this.pos < src.length) {
            const c = src[this.pos];
            if (c === '"') {
                value += src.slice(chunk, this.pos);
                this.pos++;
                return { value, literal };
            }
            if (c === '\\' || c === this.dockerEscape) {
                value += src.slice(chunk, this.pos);
                const skip = this.continuation(this.pos);
                if (skip) {
                    this.pos = skip;
                }
                else {
                    const next = src[this.pos + 1];
                    if (c === '\\' && next !== undefined && '$`"\\'.includes(next)) {
                        value += next;
                        this.pos += 2;
                    }
                    else {
                        value += c;
                        this.pos++;
                    }
                }
                chunk = this.pos;
            }
            else if (c === '$' || c === '`') {
                value += src.slice(chunk, this.pos);
                const from = this.pos;
                if (this.readExpansion())
                    literal = false;
                else
                    this.pos = from + 1;
                value += src.slice(from, this.pos);
                chunk = this.pos;
            }
            else {
                this.pos++;
            }
        }
        this.fail('unterminated double quote');
    }
    /** At `$` or a backtick: reads one expansion and returns true, or returns false for a lone `$`. */
    readExpansion() {
        const src = this.src;
        const c = src[this.pos];
        if (c === '`') {
            let close = this.pos + 1;
            while (close < src.length && src[close] !== '`')
                close += src[close] === '\\' ? 2 : 1;
            if (close >= src.length)
                this.fail('unterminated backquote');
            const body = src.slice(this.pos + 1, close).replace(/\\([$`\\])/g, '$1');
            new Parser(body, this.base + this.pos + 1, undefined, this.script, this.depth + 1).parseScript('substitution', this.parent);
            this.pos = close + 1;
            return true;
        }
        const next = src[this.pos + 1];
        if (next === '(' && src[this.pos + 2] === '(') {
            this.pos = this.skipBalanced(this.pos + 2, '(', ')') + 1;
            if (src[this.pos - 1] !== ')' || src[this.pos] !== ')')
                this.fail("unterminated '$(( … ))'");
            this.pos++;
            return true;
        }
        if (next === '(') {
            this.pos += 2;
            this.nested('substitution', ')');
            return true;
        }
        if (next === '{') {
            this.pos = this.skipBalanced(this.pos + 1, '{', '}') + 1;
            if (src[this.pos - 1] !== '}')
                this.fail("unterminated '${'");
            return true;
        }
        if (next === '"') {
            this.pos++;
            return false;
        }
        NAME.lastIndex = this.pos + 1;
        const match = NAME.exec(src);
        if (!match)
            return false;
        this.pos = NAME.lastIndex;
        return true;
    }
    /** Parses a nested list (`$(…)`, `<(…)`) that ends at `close`, then steps over `close`. */
    nested(context, close) {
        const saved = { context: this.context, parent: this.parent, pending: this.pending };
        this.context = context;
        this.pending = [];
        this.parseList(undefined, true);
        this.skipSeparators();
        if (this.src[this.pos] !== close)
            this.fail(`missing '${close}'`);
        this.pos++;
        Object.assign(this, saved);
    }
    // ---- low-level scanning -------------------------------------------------------------------
    newCommand(pipeline, start) {
        return {
            name: '',
            program: '',
            args: [],
            assignments: [],
            redirects: [],
            pipeline,
            context: this.context,
            parent: this.parent,
            start: this.base + start,
            end: this.base + start
        };
    }
    /** If a line continuation starts at `at`, returns the offset just past it (and past Docker's dropped lines). */
    continuation(at) {
        const src = this.src;
        let next = at + 1;
        if (src[next] === '\r')
            next++;
        if (src[next] !== '\n')
            return undefined;
        next++;
        if (this.dockerEscape === undefined)
            return next;
        for (;;) {
            // Docker drops blank lines and comment lines inside a continued instruction.
            let i = next;
            while (src[i] === ' ' || src[i] === '\t')
                i++;
            if (src[i] === '#' || src[i] === '\n' || (src[i] === '\r' && src[i + 1] === '\n')) {
                const end = src.indexOf('\n', i);
                if (end < 0)
                    return src.length;
                next = end + 1;
            }
            else {
                return next;
            }
        }
    }
    skipBlanks() {
        const src = this.src;
        for (;;) {
            const c = src[this.pos];
            if (c === ' ' || c === '\t')
                this.pos++;
            else if ((c === '\\' || c === this.dockerEscape) && this.continuation(this.pos))
                this.pos = this.continuation(this.pos);
            else if (c === '\r' && src[this.pos + 1] !== '\n')
                this.pos++;
            else
                return;
        }
    }
    /** Skips blanks, comments, newlines (reading due heredocs) and, when `semicolons`, lone `;`. */
    skipSeparators(semicolons = true) {
        for (;;) {
            this.skipBlanks();
            const c = this.src[this.pos];
            if (c === '#') {
                const end = this.src.indexOf('\n', this.pos);
                this.pos = end < 0 ? this.src.length : end;
            }
            else if (c === '\n' || c === '\r') {
                this.pos++;
                if (c === '\r' && this.src[this.pos] === '\n')
                    this.pos++;
                if (this.pending.length)
                    this.readHeredocs();
            }
            else if (semicolons && c === ';' && this.src[this.pos + 1] !== ';') {
                this.pos++;
            }
            else {
                return;
            }
        }
    }
    peekReserved() {
        if (RESERVED_START[this.src.charCodeAt(this.pos)] !== 1)
            return undefined; // most words: no regex
        RESERVED.lastIndex = this.pos;
        return RESERVED.exec(this.src)?.[1];
    }
    expectWord(word) {
        this.skipSeparators();
        if (this.peekReserved() !== word)
            this.fail(`expected '${word}'`);
        this.pos += word.length;
    }
    expect(c) {
        this.skipBlanks();
        if (this.src[this.pos] !== c)
            this.fail(`expected '${c}'`);
        this.pos++;
    }
    /** From an opening bracket at `open`, returns the offset of its matching close (quotes respected). */
    skipBalanced(open, openChar, closeChar) {
        const src = this.src;
        let depth = 0;
        for (let i = open; i < src.length; i++) {
            const c = src[i];
            if (c === '\\')
                i++;
            else if (c === "'" && openChar === '{') {
                const close = src.indexOf("'", i + 1);
                if (close < 0)
                    this.fail('unterminated single quote', i);
                i = close;
            }
            else if (c === openChar)
                depth++;
            else if (c === closeChar && --depth === 0)
                return i;
        }
        this.fail(`missing '${closeChar}'`, open);
    }
    endOfAnsiC(from) {
        for (let i = from; i < this.src.length; i++) {
            if (this.src[i] === '\\')
                i++;
            else if (this.src[i] === "'")
                return i;
        }
        this.fail("unterminated $'…' string", from);
    }
    endOfTest(start) {
        const close = this.src.indexOf(']]', start + 2);
        if (close < 0)
            this.fail("missing ']]'", start);
        return close + 2;
    }
    fail(message, at = this.pos) {
        throw new SyntaxError(message, at);
    }
}
function basename(name) {
    const slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.slice(slash + 1);
}
/** The script string of `sh -c 'script'`, `bash -euxc "…"`, `su user -c '…'`. */
function shellString(command) {
    for (let i = 0; i < command.args.length; i++) {
        const arg = command.args[i].value;
        if (arg === '-o' || arg === '+o')
            i++;
        else if (arg === '-c' || (/^-[a-z]+$/.test(arg) && arg.includes('c') && command.program !== 'su'))
            return command.args[i + 1];
        else if (arg === '--command' && command.program === 'su')
            return command.args[i + 1];
    }
    return undefined;
}
/** A command that runs its heredoc as a script: Docker's bare `RUN <<EOF`, or a shell reading stdin. */
function isScriptConsumer(command) {
    if (command.name === '')
        return true;
    return SHELLS.has(command.program) && !command.args.some((a) => !a.value.startsWith('-')) && !shellString(command);
}

;// CONCATENATED MODULE: ./src/dockerfile/arguments.ts
/**
 * Splits the arguments of the instruction whose text runs from `contentStart` to `contentEnd`, the
 * keyword taking `keywordLength` characters; `base` is where dockerfile-ast counts the offsets from
 * (the keyword's start, which is `contentStart` for every instruction it builds).
 */
function splitArguments(text, contentStart, contentEnd, base, keywordLength, escape) {
    const args = [];
    const from = contentStart + keywordLength; // fullArgs[i] is text[from + i]
    const length = Math.max(contentEnd - from, 0);
    const offset = base + keywordLength;
    let start = false;
    let comment = false;
    let found = -1;
    // whether a space or tab was found after an escaped newline
    let escapedWhitespaceDetected = false;
    // whether the scan is in an escaped newline sequence
    let escaping = false;
    let escapeMarker = -1;
    const word = new WordBuilder(text);
    for (let i = 0; i < length; i++) {
        const char = text[from + i];
        if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
            if (escaping) {
                escapedWhitespaceDetected = true;
                if (char === '\r' || char === '\n') {
                    // a newline: whitespace before it does not count
                    escapedWhitespaceDetected = false;
                    if (comment) {
                        comment = false;
                        start = true;
                    }
                }
                continue;
            }
            else if (found !== -1) {
                args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + (escapeMarker === -1 ? i : escapeMarker)) });
                escapeMarker = -1;
                found = -1;
            }
        }
        else if (char === escape) {
            const next = i + 1 < length ? text[from + i + 1] : '';
            if (next === ' ' || next === '\t') {
                whitespaceCheck: for (let j = i + 2; j < length; j++) {
                    switch (text[from + j]) {
                        case ' ':
                        case '\t':
                            continue;
                        case '\r':
                        case '\n':
                            if (text[from + j] === '\r')
                                j++; // taken for `\r\n`, as dockerfile-ast does
                            comment = false;
                            escaping = true;
                            start = true;
                            if (found !== -1)
                                escapeMarker = i;
                            i = j;
                            break whitespaceCheck;
                        default:
                            escapeMarker = i;
                            if (found === -1)
                                i = j - 1;
                            break whitespaceCheck;
                    }
                }
            }
            else if (next === '\r') {
                comment = false;
                escaping = true;
                start = true;
                if (found !== -1 && escapeMarker === -1)
                    escapeMarker = i;
                i += 2;
            }
            else if (next === '\n') {
                comment = false;
                escaping = true;
                start = true;
                if (found !== -1 && escapeMarker === -1)
                    escapeMarker = i;
                i++;
            }
            else {
                if (escapedWhitespaceDetected && escapeMarker !== -1) {
                    args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + escapeMarker) });
                    found = -1;
                }
                escapeMarker = -1;
                escapedWhitespaceDetected = false;
                escaping = false;
                if (next === '$') {
                    word.append(from + i, 2); // the escape and the `$`
                }
                else if (next === '') {
                    break; // the end of the text
                }
                else {
                    word.append(from + i + 1, 1); // the character escaped
                }
                if (found === -1)
                    found = i;
                i++;
            }
        }
        else if (!comment) {
            if (start && char === '#') {
                comment = true;
            }
            else {
                if (escapedWhitespaceDetected && escapeMarker !== -1) {
                    args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + escapeMarker) });
                    found = -1;
                }
                escapedWhitespaceDetected = false;
                escaping = false;
                escapeMarker = -1;
                word.append(from + i, 1);
                if (found === -1)
                    found = i;
            }
            // a character other than whitespace: no longer at the start of a line
            start = false;
        }
    }
    if (found !== -1)
        args.push({ value: word.take(), start: position(text, offset + found), end: position(text, offset + (escapeMarker === -1 ? length : escapeMarker)) });
    return args;
}
/**
 * The value of the word being read. dockerfile-ast appends one character at a time; this keeps the
 * current run of characters as offsets and copies it when the run breaks: the same string, without a
 * new string per character.
 */
class WordBuilder {
    text;
    value = '';
    start = -1;
    end = -1;
    constructor(text) {
        this.text = text;
    }
    /** Appends the `length` characters at `at`. */
    append(at, length) {
        if (at === this.end) {
            this.end += length;
            return;
        }
        if (this.start >= 0)
            this.value += this.text.slice(this.start, this.end);
        this.start = at;
        this.end = at + length;
    }
    /** The word, and a fresh start for the next one. */
    take() {
        const value = this.start >= 0 ? this.value + this.text.slice(this.start, this.end) : this.value;
        this.value = '';
        this.start = this.end = -1;
        return value;
    }
}
/**
 * The offset dockerfile-ast reports for `offset`: its positions never fall between the `\r` and the
 * `\n` of a line break (the text has no lone `\r`: see parse.ts).
 */
function position(text, offset) {
    return text.charCodeAt(offset) === 10 && text.charCodeAt(offset - 1) === 13 ? offset - 1 : offset;
}

;// CONCATENATED MODULE: ./src/dockerfile/image.ts
/** `scope` resolves ARGs in the reference; `stages` are the earlier stages by their (lower-case) names. */
function parseImageRef(arg, scope, stages) {
    const raw = arg?.value ?? '';
    const resolved = scope.resolve(raw);
    const ref = { raw, resolved, scratch: false, start: arg?.start ?? 0, end: arg?.end ?? 0 };
    if (resolved === undefined || resolved === '')
        return ref;
    const lower = resolved.toLowerCase();
    ref.stage = stages?.get(lower);
    if (ref.stage)
        return ref;
    if (lower === 'scratch') {
        ref.scratch = true;
        return ref;
    }
    let rest = resolved;
    const at = rest.indexOf('@');
    if (at >= 0) {
        ref.digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
    }
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        ref.tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
    }
    const slash = rest.indexOf('/');
    const first = slash < 0 ? '' : rest.slice(0, slash);
    if (first && (first.includes('.') || first.includes(':') || first === 'localhost')) {
        ref.registry = first;
        rest = rest.slice(slash + 1);
    }
    ref.repository = rest;
    return ref;
}
/** The registry an image is pulled from, Docker Hub spelled `docker.io`. */
function registryOf(image) {
    return image.registry ?? 'docker.io';
}
/**
 * Tags that publishers move to each new release (`latest`, `lts`, `stable-slim`, `edge`): pinning to
 * one pins nothing. Version tags (`3.20`, `bookworm`, `22-alpine`) and dated snapshots
 * (`nightly-2024-06-01`, `stable-20240610`) are left alone.
 */
const ROLLING = new Set(['latest', 'lts', 'stable', 'edge', 'current', 'rolling', 'nightly']);
const DATED = /\d{4}-\d{2}-\d{2}|\d{8}/;
function isRollingTag(tag) {
    return ROLLING.has(tag.toLowerCase().split('-')[0]) && !DATED.test(tag);
}
// Docker's grammar for the repository path: lower-case components joined by `/`.
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
/**
 * A reference to pin: not a stage, not `scratch`, with every ARG in it known, and a repository Docker
 * accepts. Docker rejects upper case there, so `FROM BASEIMAGE` is a placeholder a script replaces.
 */
function isPinnable(image) {
    return !image.stage && !image.scratch && image.repository !== undefined && REPOSITORY.test(image.repository);
}
/**
 * True for `COPY --from=docs` or `--mount=from=docs`: a bare name may be a build context passed with
 * `docker buildx build --build-context docs=./docs`, not the image `docker.io/library/docs`.
 */
function mayBeBuildContext({ image, kind }) {
    return kind !== 'from' && !image.tag && !image.digest && !image.registry && !image.repository?.includes('/');
}
/** "The base image `node`", with the value an ARG gave it and where a non-FROM image is used. */
function describeUse({ image, kind, instruction }) {
    const name = image.raw === image.resolved ? `\`${image.raw}\`` : `\`${image.raw}\` (\`${image.resolved}\`)`;
    if (kind === 'from')
        return `The base image ${name}`;
    return `The image ${name} (in \`${instruction.keyword} --${kind === 'copy-from' ? 'from' : 'mount'}\`)`;
}

;// CONCATENATED MODULE: ./src/dockerfile/scope.ts
// The ARG and ENV values visible to an instruction, as an immutable chain: each ARG/ENV adds a link,
// and every instruction keeps the link that was current when it was read.
/** Build args BuildKit defines for every build: their values depend on the platform, so they are unknown. */
const AUTOMATIC = new Set([
    'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT',
    'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT', 'BUILDKIT_SYNTAX'
]);
const REFERENCE = /\\\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])((?:[^}\\]|\\.)*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
class Scope {
    link;
    undeclaredIsEmpty;
    constructor(link, 
    /** In FROM lines an undeclared name is empty; elsewhere it may come from the base image, so it is unknown. */
    undeclaredIsEmpty) {
        this.link = link;
        this.undeclaredIsEmpty = undeclaredIsEmpty;
    }
    with(name, value) {
        return new Scope({ name, value, parent: this }, this.undeclaredIsEmpty);
    }
    /** 'unset' when the name was never declared here. */
    lookup(name) {
        for (let s = this; s?.link; s = s.link.parent) {
            if (s.link.name === name)
                return s.link.value;
        }
        return 'unset';
    }
    /** Substitutes `$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:+a}`; undefined when the result depends on an unknown value. */
    resolve(text) {
        if (!text.includes('$'))
            return text;
        let known = true;
        const out = text.replace(REFERENCE, (match, braced, op, word, bare) => {
            if (match === '\\$')
                return '$';
            const found = this.lookup((braced ?? bare));
            const value = found === 'unset' ? (this.undeclaredIsEmpty && !AUTOMATIC.has((braced ?? bare)) ? '' : undefined) : found;
            const set = op?.startsWith(':') ? value !== '' : found !== 'unset';
            if (op === ':-' || op === '-') {
                if (value === undefined && found !== 'unset')
                    known = false;
                else if (value === undefined)
                    return word ?? '';
                return set ? value ?? '' : word ?? '';
            }
            if (op === ':+' || op === '+') {
                if (value === undefined)
                    known = false;
                return set ? word ?? '' : '';
            }
            if (value === undefined)
                known = false;
            return value ?? '';
        });
        return known ? out : undefined;
    }
}

;// CONCATENATED MODULE: ./src/dockerfile/parse.ts
// Builds the model of ./model.ts from dockerfile-ast's tree: the only place that knows
// dockerfile-ast's API and its 0-based positions.






const DIRECTIVE = /^\s*#\s*[a-zA-Z][a-zA-Z0-9]*\s*=\s*\S.*$/;
const POSIX_DEFAULT = ['/bin/sh', '-c'];
const WINDOWS_DEFAULT = ['cmd', '/S', '/C'];
/**
 * An instruction of the model. `resolve` reads the ARG and ENV scope current where it stands. It is a
 * method, not a closure per instruction: V8 kept such closures, and the whole file they captured, alive
 * through young-generation collections, so every file's model was promoted to the old generation.
 */
class ModelInstruction {
    keyword;
    keywordSpan;
    flags;
    args;
    text;
    json;
    jsonArgs;
    heredocs;
    properties;
    start;
    end;
    stage;
    onbuild;
    shell;
    shellCommand = POSIX_DEFAULT;
    #scope;
    constructor(keyword, keywordSpan, flags, args, text, json, jsonArgs, heredocs, properties, start, end, scope) {
        this.keyword = keyword;
        this.keywordSpan = keywordSpan;
        this.flags = flags;
        this.args = args;
        this.text = text;
        this.json = json;
        this.jsonArgs = jsonArgs;
        this.heredocs = heredocs;
        this.properties = properties;
        this.start = start;
        this.end = end;
        this.#scope = scope;
    }
    resolve(value) {
        return this.#scope.resolve(value);
    }
}
function parseDockerfile(source) {
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const ast = main.DockerfileParser.parse(text);
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const escape = ast.getEscapeCharacter();
    // dockerfile-ast also ends lines at a lone `\r`: there its line/character positions and our offsets
    // disagree, so arguments are taken from it (and converted) rather than split here.
    const exact = !/\r(?!\n)/.test(text);
    const model = {
        text,
        escape,
        lineStarts,
        directives: [],
        comments: ast.getComments().map((c) => {
            const range = c.getRange();
            return { text: c.getContent()?.trim() ?? '', line: range.start.line + 1, start: offset(lineStarts, range.start), end: offset(lineStarts, range.end) };
        }),
        instructions: [],
        globalArgs: [],
        stages: [],
        images: [],
        memo: new Map()
    };
    // dockerfile-ast reads any leading `# a b=c` comment as a directive; Docker only takes `# name=value`
    // lines up to the first other line, and the rest are comments (a leading `# hadolint ignore=…`).
    for (const d of ast.getDirectives()) {
        const range = span(lineStarts, d.getRange());
        const line = d.getRange().start.line;
        if (DIRECTIVE.test(text.slice(range.start, range.end)) && line === model.directives.length) {
            model.directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), ...range });
        }
        else {
            const content = text.slice(range.start, range.end).replace(/^\s*#/, '').trim();
            model.comments.push({ text: content, line: line + 1, ...range });
        }
    }
    model.comments.sort((a, b) => a.start - b.start);
    const stagesByName = new Map();
    let scope = new Scope(undefined, true);
    let globals = scope;
    let stage;
    let shellCommand = POSIX_DEFAULT;
    const build = (node, onbuild) => {
        const keyword = node.getKeyword().toUpperCase();
        const instruction = convert(node, keyword, lineStarts, text, escape, scope, exact);
        instruction.stage = stage;
        instruction.onbuild = onbuild;
        instruction.shellCommand = shellCommand;
        if (keyword === 'RUN' && instruction.jsonArgs) {
            instruction.shell = parseExec(instruction.jsonArgs.map((a) => jsonWord(a, text)));
        }
        else if (keyword === 'RUN' && isPosix(shellCommand)) {
            const body = bodyStart(node, instruction, lineStarts);
            instruction.shell = parseShell(text.slice(body, instruction.end), { base: body, dockerEscape: escape });
        }
        else if (keyword === 'RUN') {
            instruction.shell = parseWindowsRun(shellCommand, joinedSource(text, bodyStart(node, instruction, lineStarts), instruction.end, escape));
        }
        return instruction;
    };
    for (const node of ast.getInstructions()) {
        const keyword = node.getKeyword().toUpperCase();
        if (keyword === 'FROM') {
            const from = build(node);
            const image = parseImageRef(from.args[0], globals, stagesByName);
            const name = from.args.length >= 3 && from.args[1].value.toUpperCase() === 'AS' ? from.args[2].value.toLowerCase() : undefined;
            const windows = image.stage ? image.stage.windows : isWindows(image.resolved ?? image.raw, escape);
            stage = { index: model.stages.length, name, from, image, instructions: [], isFinal: false, windows };
            from.stage = stage;
            model.stages.push(stage);
            if (name && !stagesByName.has(name))
                stagesByName.set(name, stage);
            model.images.push({ image, instruction: from, kind: 'from' });
            scope = new Scope(undefined, false);
            shellCommand = image.stage ? finalShell(image.stage) : windows ? WINDOWS_DEFAULT : POSIX_DEFAULT;
            from.shellCommand = shellCommand;
            model.instructions.push(from);
            continue;
        }
        const instruction = build(node);
        model.instructions.push(instruction);
        if (stage)
            stage.instructions.push(instruction);
        else if (keyword === 'ARG')
            model.globalArgs.push(instruction);
        if (keyword === 'ARG' || keyword === 'ENV') {
            for (const p of instruction.properties) {
                const inherited = keyword === 'ARG' && p.value === undefined && stage ? globals.lookup(p.name) : undefined;
                const value = p.value === undefined ? inherited : scope.resolve(p.value);
                scope = scope.with(p.name, value);
            }
            if (!stage)
                globals = scope;
        }
        else if (keyword === 'SHELL' && instruction.json?.length) {
            shellCommand = instruction.json;
        }
        else if (keyword === 'ONBUILD' && 'getTriggerInstruction' in node) {
            const trigger = node.getTriggerInstruction();
            if (trigger) {
                const t = build(trigger, instruction);
                model.instructions.push(t);
                stage?.instructions.push(t);
            }
        }
        if (stage)
            collectImageUses(instruction, model, stagesByName);
    }
    if (model.stages.length) {
        model.finalStage = model.stages[model.stages.length - 1];
        model.finalStage.isFinal = true;
    }
    return model;
}
/** An offset into the text from dockerfile-ast's 0-based line and character. */
function offset(lineStarts, p) {
    return lineStarts[p.line] + p.character;
}
function span(lineStarts, r) {
    return { start: offset(lineStarts, r.start), end: offset(lineStarts, r.end) };
}
function convert(node, keyword, lineStarts, text, escape, scope, exact) {
    const range = span(lineStarts, node.getRange());
    const keywordSpan = span(lineStarts, node.getInstructionRange());
    const { modifiable, properties: hasProperties, heredocs: hasHeredocs } = kindOf(node);
    let astFlags = [];
    let args;
    if (exact) {
        const words = splitArguments(text, range.start, range.end, keywordSpan.start, keywordSpan.end - keywordSpan.start, escape);
        // dockerfile-ast's flags are words starting with `--`, and its getArguments drops as many leading
        // words as it found flags. Its getFlags is cached, and computed while parsing for most instructions.
        if (modifiable && words.some((w) => w.value.startsWith('--')))
            astFlags = node.getFlags();
        args = astFlags.length ? words.slice(astFlags.length) : words;
    }
    else {
        if (modifiable)
            astFlags = node.getFlags();
        args = node.getArguments().map((a) => {
            const r = a.getRange();
            return { value: a.getValue(), start: offset(lineStarts, r.start), end: offset(lineStarts, r.end) };
        });
    }
    const flags = astFlags.map((f) => {
        const value = f.getValue() ?? undefined;
        const r = f.getRange();
        return { name: f.getName(), value, options: flagOptions(f.getValue()), start: offset(lineStarts, r.start), end: offset(lineStarts, r.end) };
    });
    const raw = args.length ? text.slice(args[0].start, range.end) : '';
    const joined = joinContinuations(raw, escape);
    const json = execForm(joined);
    const properties = hasProperties
        ? node.getProperties().map((p) => {
            const valueRange = p.getValueRange();
            const r = p.getRange();
            return {
                name: p.getName(),
                value: p.getValue() ?? undefined,
                nameSpan: span(lineStarts, p.getNameRange()),
                valueSpan: valueRange ? span(lineStarts, valueRange) : undefined,
                start: offset(lineStarts, r.start),
                end: offset(lineStarts, r.end)
            };
        })
        : [];
    // Only an argument starting with `<<` opens a heredoc: skip dockerfile-ast's scan of the others.
    const heredocs = hasHeredocs && args.some((a) => a.value.startsWith('<<'))
        ? node.getHeredocs().map((h) => {
            const content = h.getContentRange();
            const body = content ? span(lineStarts, content) : { start: range.end, end: range.end };
            return { name: h.getName(), body: text.slice(body.start, body.end), bodyStart: body.start, ...span(lineStarts, h.getStartRange()) };
        })
        : [];
    return new ModelInstruction(keyword, keywordSpan, flags, args, joined, json, json && jsonSpans(json, text, args[0]?.start ?? range.start, range), heredocs, properties, range.start, range.end, scope);
}
const kinds = new Map();
/** What dockerfile-ast's class for the node offers, asked once per class (an `in` on every node was slow). */
function kindOf(node) {
    let kind = kinds.get(node.constructor);
    if (!kind)
        kinds.set(node.constructor, (kind = { modifiable: 'getFlags' in node, properties: 'getProperties' in node, heredocs: 'getHeredocs' in node }));
    return kind;
}
/** Where a RUN's shell text starts: after the keyword and any flags. */
function bodyStart(node, instruction, lineStarts) {
    if (instruction.args.length)
        return instruction.args[0].start;
    const end = offset(lineStarts, node.getInstructionRange().end);
    return instruction.flags.length ? instruction.flags[instruction.flags.length - 1].end : end;
}
/** The arguments as Docker hands them on: continuations joined, comment and blank lines inside them dropped. */
function joinContinuations(raw, escape) {
    if (!raw.includes('\n'))
        return raw; // one line: most instructions
    if (!raw.includes(escape + '\n') && !raw.includes(escape + '\r\n'))
        return raw;
    const lines = raw.split('\n');
    let out = '';
    let continued = false;
    for (let line of lines) {
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        if (continued && /^\s*(#.*)?$/.test(line))
            continue;
        continued = line.endsWith(escape);
        out += continued ? line.slice(0, -1) : line + '\n';
    }
    return out.endsWith('\n') && !raw.endsWith('\n') ? out.slice(0, -1) : out;
}
function execForm(text) {
    if (!/^\s*\[/.test(text))
        return undefined; // what trim() would leave does not start with `[`
    const trimmed = text.trim();
    if (!trimmed.startsWith('[') || !trimmed.endsWith(']'))
        return undefined;
    try {
        const value = JSON.parse(trimmed);
        return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Finds each exec-form string in the text; one written with escapes spans the whole instruction. */
function jsonSpans(values, text, from, range) {
    return values.map((value) => {
        const literal = JSON.stringify(value);
        const at = text.indexOf(literal, from);
        if (at < 0 || at + literal.length > range.end)
            return { value, start: range.start, end: range.end };
        from = at + literal.length;
        return { value, start: at + 1, end: from - 1 };
    });
}
/** An exec-form string as a word spanning its quotes, like a quoted shell word (no quotes when not found). */
function jsonWord(arg, text) {
    const found = arg.end - arg.start === JSON.stringify(arg.value).length - 2;
    if (!found)
        return { ...arg, raw: arg.value, literal: true };
    return { value: arg.value, raw: text.slice(arg.start - 1, arg.end + 1), literal: true, start: arg.start - 1, end: arg.end + 1 };
}
function flagOptions(value) {
    const options = {};
    if (!value)
        return options;
    for (const part of value.split(',')) {
        const eq = part.indexOf('=');
        if (eq < 0)
            options[part.trim()] = '';
        else
            options[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
    return options;
}
/** The shell a stage ends with: a stage built FROM it starts with it (the image config keeps SHELL). */
function finalShell(stage) {
    const shell = stage.instructions.filter((i) => i.keyword === 'SHELL' && !i.onbuild && i.json?.length).pop();
    return shell?.json ?? stage.from.shellCommand;
}
/**
 * A RUN under a PowerShell SHELL (`["powershell", "-Command", …]`) or cmd.exe (Windows' default).
 * cmd's own language is not parsed: only a line that just starts PowerShell is read (./shell/powershell.ts).
 */
function parseWindowsRun(shell, body) {
    const script = { commands: [], pipelines: [] };
    const host = powerShellHost(shell[0] ?? '');
    if (host) {
        // The body is the last argument: it is the script when the SHELL's arguments end in `-Command` or a script of their own.
        const at = hostScript(host, [...shell.slice(1), body.text]);
        if (at === undefined || at > shell.length - 1)
            return undefined;
        parsePowerShell(body, script, { windowsPowerShell: host === 'powershell' });
        return script;
    }
    if (!/^cmd(\.exe)?$/i.test(shell[0]?.split(/[\\/]/).pop() ?? ''))
        return undefined;
    const started = cmdPowerShell(body);
    if (!started)
        return undefined;
    parsePowerShell(started.script, script, { windowsPowerShell: started.host === 'powershell' });
    return script;
}
function isPosix(shell) {
    if (shell === POSIX_DEFAULT)
        return true; // most RUNs
    const program = shell[0]?.split(/[\\/]/).pop() ?? '';
    return SHELLS.has(program) || SHELLS.has(program.replace(/\.exe$/i, ''));
}
// Windows named in the path (`mcr.microsoft.com/windows/servercore`), only in the tag
// (`dotnet/sdk:8.0-nanoserver-1809`, `aspnet:4.8-windowsservercore-ltsc2022`), or implied: .NET Framework
// images exist for Windows only.
const WINDOWS_PATH = /(^|\/)(windows|nanoserver|servercore|windowsservercore)([/:@]|$)|mcr\.microsoft\.com\/(windows|dotnet\/framework\/)/i;
const WINDOWS_TAG = /:([^@]*[-_.])?(nanoserver|servercore|windowsservercore|ltsc20\d\d)([-_.@]|$)/i;
function isWindows(image, escape) {
    return escape === '`' || WINDOWS_PATH.test(image) || WINDOWS_TAG.test(image.slice(image.lastIndexOf('/') + 1));
}
function collectImageUses(instruction, model, stages) {
    const add = (value, start, end, kind) => {
        if (/^\d+$/.test(value))
            return; // a stage index
        const image = parseImageRef({ value, start, end }, instruction, stages);
        model.images.push({ image, instruction, kind });
    };
    for (const flag of instruction.flags) {
        if (flag.name === 'from' && flag.value && (instruction.keyword === 'COPY' || instruction.keyword === 'ADD')) {
            add(flag.value, flag.end - flag.value.length, flag.end, 'copy-from');
        }
        else if (flag.name === 'mount' && flag.options.from) {
            add(flag.options.from, flag.start, flag.end, 'mount-from');
        }
    }
}

;// CONCATENATED MODULE: ./src/dockerfile/positions.ts
// Offsets → 1-based lines and columns: the one place positions change base.
function positionOf(lineStarts, offset) {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (lineStarts[mid] <= offset)
            low = mid;
        else
            high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low] + 1 };
}

;// CONCATENATED MODULE: ./src/rules/parse-error.ts
// Reported by the engine itself (src/lint.ts) when a file cannot be parsed; it has no check of its own.
/* harmony default export */ const parse_error = ({
    id: 'parse-error',
    title: 'The Dockerfile could not be parsed',
    severity: 'error',
    tags: ['correctness'],
    precision: 'very-high',
    rationale: 'A file that does not parse as a Dockerfile cannot be built, and none of the other checks could look at it, so any risk in it goes unreviewed.',
    fix: 'Make sure the file is a text Dockerfile (not a binary or an archive matched by the file patterns), or exclude it with `ignore-paths` in the configuration.',
    examples: {
        bad: 'FROM alpine:3.20\u0000\u0000\n',
        good: 'FROM alpine:3.20\nUSER 10001\n'
    },
    check: () => []
});

;// CONCATENATED MODULE: ./src/dockerfile/helpers.ts
function instructionsOf(dockerfile, ...keywords) {
    return dockerfile.instructions.filter((i) => keywords.includes(i.keyword));
}
/** The last instruction of `keyword` in the stage, ONBUILD triggers not counted. */
function lastOf(stage, keyword) {
    for (let i = stage.instructions.length - 1; i >= 0; i--) {
        const instruction = stage.instructions[i];
        if (instruction.keyword === keyword && !instruction.onbuild)
            return instruction;
    }
    return undefined;
}
/**
 * The user the stage's processes run as after its last USER, following `FROM <earlier stage>`;
 * undefined when no USER is set anywhere (the base image decides).
 */
function finalUser(stage) {
    for (let s = stage; s; s = s.image.stage) {
        const user = lastOf(s, 'USER');
        if (user)
            return user;
    }
    return undefined;
}
/** True for `root`, `0`, `root:…`, `0:…` (after resolving ARGs where known). */
function isRootUser(user) {
    const name = user.split(':')[0].trim();
    return name === 'root' || name === '0';
}
/** The stages whose files end up in the image: the final stage and the stages it is built FROM. */
function finalStages(dockerfile) {
    const chain = [];
    for (let s = dockerfile.finalStage; s; s = s.image.stage)
        chain.push(s);
    return chain;
}
/**
 * True when the image `chain` (from finalStages) builds holds files only: it starts `FROM scratch` and
 * no stage sets CMD or ENTRYPOINT, so it never runs a process. Such an image is an export stage
 * (`docker build --output`) or data for other builds to `COPY --from`.
 */
function isFilesOnly(chain) {
    const base = chain[chain.length - 1];
    return base !== undefined && base.image.scratch && !chain.some((s) => lastOf(s, 'CMD') || lastOf(s, 'ENTRYPOINT'));
}
/** A span covering a word (for a Problem's `at`). */
function spanOf(node) {
    return { start: node.start, end: node.end };
}
/**
 * What `compute` gives for this file, computed on the first call only: the walks several rules need
 * are done once per file. The result lives on the model and goes with it (a WeakMap keyed by the model
 * did the same, but V8 kept its entries through young-generation collections, so every file's results
 * were promoted to the old generation).
 */
function perFile(dockerfile, compute) {
    let value = dockerfile.memo.get(compute);
    if (value === undefined)
        dockerfile.memo.set(compute, (value = compute(dockerfile)));
    return value;
}
/** Every command of every RUN, shell form and exec form (ONBUILD triggers included), with the RUN it is in. */
function runCommands(dockerfile) {
    return perFile(dockerfile, findRunCommands);
}
function findRunCommands(dockerfile) {
    const found = [];
    for (const instruction of dockerfile.instructions) {
        if (instruction.shell)
            for (const command of instruction.shell.commands)
                found.push({ command, instruction });
    }
    return found;
}
/**
 * The sources of a COPY or ADD as Docker reads them: the JSON form's strings, or the words before the
 * destination with their quotes removed. A heredoc source is its `<<EOF` word (its body is not a source).
 */
function copySources(instruction) {
    if (instruction.json)
        return (instruction.jsonArgs ?? []).slice(0, -1);
    const bodies = instruction.heredocs[0]?.bodyStart ?? instruction.end;
    const words = instruction.args.filter((a) => a.start < bodies);
    return words.slice(0, -1).map((a) => ({ ...a, value: a.value.replace(/^(["'])(.*)\1$/s, '$2') }));
}
/**
 * The destination of a COPY or ADD as Docker reads it: the JSON form's last string, or the last word
 * before any heredoc body, quotes removed. Undefined when the instruction names no destination.
 */
function copyDestination(instruction) {
    if (instruction.json) {
        const strings = (instruction.jsonArgs ?? []);
        return strings.length >= 2 ? strings[strings.length - 1] : undefined;
    }
    const bodies = instruction.heredocs[0]?.bodyStart ?? instruction.end;
    const words = instruction.args.filter((a) => a.start < bodies);
    if (words.length < 2)
        return undefined;
    const last = words[words.length - 1];
    return { ...last, value: last.value.replace(/^(["'])(.*)\1$/s, '$2') };
}
/**
 * The port ranges an EXPOSE lists (`80`, `8000-8010/udp`, `$PORT` when its ARG or ENV is known).
 * Values that are unknown or not a port are left out: other rules report malformed ones.
 */
function exposedPorts(instruction) {
    const ports = [];
    for (const arg of instruction.args) {
        const match = /^(\d{1,5})(?:-(\d{1,5}))?(?:\/(\w+))?$/.exec(instruction.resolve(arg.value) ?? '');
        if (match)
            ports.push({ arg, from: Number(match[1]), to: Number(match[2] ?? match[1]), protocol: (match[3] ?? 'tcp').toLowerCase() });
    }
    return ports;
}

;// CONCATENATED MODULE: ./src/rules/no-root-user.ts

/* harmony default export */ const no_root_user = ({
    id: 'no-root-user',
    title: 'The image should not run as root',
    severity: 'error',
    tags: ['security', 'least-privilege', 'CWE-250'],
    securitySeverity: 8.0,
    precision: 'very-high',
    related: { hadolint: ['DL3002'], trivy: ['DS002'], checkov: ['CKV_DOCKER_8'], kics: ['67fd0c4a'] },
    cis: ['4.1'],
    rationale: 'The last `USER` of the final stage is the user the container runs as. As root, any code execution bug in the app gives the attacker root inside the container, write access to everything in the image, and a much shorter path to escaping onto the host through a kernel or runtime flaw.',
    fix: 'Create an unprivileged user (or use a numeric UID) and make it the last `USER` of the final stage. Switch to root only for the steps that need it, then switch back.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER root\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ finalStage }) {
        const user = finalStage && finalUser(finalStage);
        if (!user || !user.args[0])
            return;
        const name = user.resolve(user.args[0].value);
        if (name !== undefined && isRootUser(name)) {
            yield { at: user, message: `The final stage runs as \`${user.args[0].value}\`: switch to an unprivileged user as the last \`USER\`.` };
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/pin-base-image.ts

/* harmony default export */ const pin_base_image = ({
    id: 'pin-base-image',
    title: 'Images should be pinned to a version tag, not `latest` or no tag',
    severity: 'warning',
    tags: ['security', 'supply-chain'],
    securitySeverity: 5.0,
    precision: 'very-high',
    // hadolint's DL3006 (no tag) and DL3007 (`latest`) spec cases are all in the test file. Beyond
    // them this rule also flags the other rolling tags (`lts`, `stable`, `edge`, …) and images used by
    // `COPY --from` / `RUN --mount=from=`, which hadolint does not look at.
    equivalents: { hadolint: ['DL3006', 'DL3007'] },
    related: { trivy: ['DS001'], checkov: ['CKV_DOCKER_7'], kics: ['9efb0b2d', 'f45ea400'] },
    cis: ['4.2'],
    rationale: 'An image with no tag means `:latest`, and `latest` (like `lts`, `stable` or `edge`) moves to a new release whenever the publisher pushes one. The same Dockerfile then builds a different image from one day to the next: a new major version can break the build or the app, and nobody can tell which base a running image was built on when a vulnerability is announced.',
    fix: 'Name a version tag that says what you tested, e.g. `FROM node:22.11-bookworm-slim` or `FROM alpine:3.20`. For fully reproducible builds also add the digest (`alpine:3.20@sha256:…`) and let a bot such as Dependabot or Renovate keep it fresh.',
    examples: {
        bad: 'FROM alpine:latest\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ images }) {
        for (const use of images) {
            const { image } = use;
            if (!isPinnable(image) || image.digest !== undefined || image.tag === '' || mayBeBuildContext(use))
                continue;
            if (image.tag === undefined) {
                yield { at: image, message: `${describeUse(use)} has no tag, so it means \`:latest\`: pin a version tag.` };
            }
            else if (isRollingTag(image.tag)) {
                const latest = image.tag.toLowerCase() === 'latest';
                yield { at: image, message: `${describeUse(use)} uses ${latest ? 'the `latest` tag' : `the rolling tag \`${image.tag}\``}, which moves to each new release: pin a version tag.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/pin-image-digest.ts

/* harmony default export */ const pin_image_digest = ({
    id: 'pin-image-digest',
    title: 'Images should be pinned by digest',
    severity: 'note',
    // A digest pin is only safe with a bot that keeps it fresh (otherwise security fixes stop
    // arriving), so this is opt-in for teams that run one.
    enabledByDefault: false,
    tags: ['security', 'supply-chain'],
    securitySeverity: 3.0,
    precision: 'very-high',
    cis: ['4.2'],
    rationale: 'A tag is a pointer the publisher (or anyone who takes over their account or registry) can move to different content at any time, even `alpine:3.20`. A digest (`@sha256:…`) names exactly one image, so every build gets the bytes you reviewed and a swapped image fails to pull instead of building.',
    fix: 'Append the digest of the image you tested and keep the tag for readers: `FROM alpine:3.20@sha256:<digest>` (`docker buildx imagetools inspect alpine:3.20` prints it). Let Dependabot or Renovate update the digest, or the image stops receiving security fixes.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nRUN adduser -D -u 10001 app\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ images }) {
        for (const use of images) {
            if (isPinnable(use.image) && use.image.digest === undefined && !mayBeBuildContext(use)) {
                yield { at: use.image, message: `${describeUse(use)} is not pinned by digest: append \`@sha256:…\` of the image you tested.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/trusted-base-registry.ts

/* harmony default export */ const trusted_base_registry = ({
    id: 'trusted-base-registry',
    title: 'Images should come only from the registries in `trusted-registries`',
    // hadolint's DL3026 is an error too; the rule only runs once a team has written its allow-list.
    severity: 'error',
    tags: ['security', 'supply-chain'],
    securitySeverity: 5.0,
    precision: 'very-high',
    // hadolint's DL3026 spec cases are all in the test file (its COPY/RUN fragments behind a `FROM
    // scratch` line, as a Dockerfile must start with FROM). Beyond them: entries with a path
    // (`ghcr.io/acme`) allow only that part of a registry; `index.docker.io/…` and `docker.io/…` are
    // Docker Hub like an unqualified name; case is ignored; and, for precision, references with an
    // unknown ARG, `COPY --from=0` and bare `--from=name` (maybe a build context) are not flagged,
    // where hadolint checks them as Docker Hub images.
    equivalents: { hadolint: ['DL3026'] },
    cis: ['4.2'],
    rationale: 'Whoever runs a registry decides what an image name means there. An image from a registry your team has not vetted skips the scanning, signing and mirroring your own registries give you, and one typo in a host name (`ghcr.io` → `gcr.io`, `docker.io` → `docker.com`) can pull an attacker\'s image into your build. An allow-list makes every new source of images a reviewed decision.',
    fix: 'Mirror the image into a registry you trust (`docker buildx imagetools create --tag ghcr.io/acme/mirror/app:1.4 quay.io/vendor/app:1.4`) and use that name, or, if the new registry is one the team has reviewed, add it to `trusted-registries` in `.dockerfile-guard.yml`. An entry is a registry host (`docker.io`, `registry.example.com:5000`), `*.example.com` for its subdomains, `prefix*`, `*` for any, or a host with a path (`ghcr.io/acme`) to allow only that organisation. Until the list has an entry, the rule checks nothing.',
    examples: {
        bad: 'FROM quay.io/vendor/app:1.4\nUSER 10001\nCMD ["app"]\n',
        good: 'FROM ghcr.io/acme/mirror/app:1.4\nUSER 10001\nCMD ["app"]\n',
        settings: { trustedRegistries: ['docker.io', 'ghcr.io/acme'] }
    },
    check: function* ({ images }, { trustedRegistries = [] }) {
        // Without an allow-list there is no policy to check (hadolint's DL3026 works the same way).
        const entries = trustedRegistries.map(parseEntry).filter((entry) => entry.registry !== '');
        if (entries.length === 0)
            return;
        const list = trustedRegistries.join(', ');
        for (const use of images) {
            const { image } = use;
            // Stages, `scratch` and references with an unknown ARG have no registry to judge.
            if (!isPinnable(image) || mayBeBuildContext(use))
                continue;
            const names = registryNames(image);
            const sameRegistry = entries.filter((entry) => names.some((name) => matchRegistry(entry.registry, name)));
            const path = repositoryPath(image);
            if (sameRegistry.some((entry) => entry.path === undefined || matchPath(entry.path, path)))
                continue;
            const where = sameRegistry.length
                ? `where trusted-registries (${list}) allows only ${sameRegistry.map((entry) => entry.text).join(', ')}`
                : `which is not in trusted-registries (${list})`;
            yield { at: image, message: `${describeUse(use)} comes from ${registryOf(image)}, ${where}.` };
        }
    }
});
function parseEntry(text) {
    const value = text.trim().toLowerCase().replace(/\/+$/, '');
    const slash = value.indexOf('/');
    if (slash < 0)
        return { text, registry: value };
    return { text, registry: value.slice(0, slash), path: value.slice(slash + 1) };
}
/** Other names Docker Hub is pulled by. */
const DOCKER_HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
/**
 * The names an entry may give the image's registry. hadolint lets `docker.io` or `hub.docker.com`
 * allow an unqualified image; an explicit Docker Hub host is the same registry, so it gets them too.
 */
function registryNames(image) {
    const registry = image.registry?.toLowerCase();
    if (registry === undefined || DOCKER_HUB.has(registry))
        return [...new Set([registry ?? 'docker.io', 'docker.io', 'hub.docker.com'])];
    return [registry];
}
/** hadolint's matching: `*` allows all, `*.example.com` a suffix, `registry*` a prefix, else equality. */
function matchRegistry(pattern, registry) {
    if (pattern === '*')
        return true;
    if (pattern.startsWith('*'))
        return registry.endsWith(pattern.slice(1));
    if (pattern.endsWith('*'))
        return registry.startsWith(pattern.slice(0, -1));
    return registry === pattern;
}
/** `acme` allows `acme/app` and `acme/tools/x` but not `acme-evil/app`; `acme*` is a plain prefix. */
function matchPath(pattern, path) {
    if (pattern.endsWith('*'))
        return path.startsWith(pattern.slice(0, -1));
    return path === pattern || path.startsWith(`${pattern}/`);
}
/** The repository path as the registry sees it: Docker Hub's official images live under `library/`. */
function repositoryPath(image) {
    const path = (image.repository ?? '').toLowerCase();
    const onHub = image.registry === undefined || DOCKER_HUB.has(image.registry.toLowerCase());
    return onHub && !path.includes('/') ? `library/${path}` : path;
}

;// CONCATENATED MODULE: ./src/rules/no-floating-tag-with-digest.ts

/* harmony default export */ const no_floating_tag_with_digest = ({
    id: 'no-floating-tag-with-digest',
    title: 'A digest-pinned image should carry a version tag, not `latest`',
    severity: 'note',
    tags: ['maintainability'],
    precision: 'very-high',
    rationale: 'When an image has both, Docker pulls the digest and ignores the tag. `node:latest@sha256:…` is pinned, but the tag tells a reviewer nothing about which version that is, so nobody can tell when it reaches end of life or whether an update bot moved it across a major version.',
    fix: 'Replace the rolling tag with the version the digest points to, e.g. `node:22.11-bookworm-slim@sha256:…` instead of `node:lts@sha256:…`.',
    examples: {
        bad: 'FROM alpine:latest@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20@sha256:beefdbd8a1da6d2915566fde36db9db0b524eb737fc57cd1367effd16dc0d06d\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ images }) {
        for (const use of images) {
            const { tag, digest } = use.image;
            if (isPinnable(use.image) && digest !== undefined && tag !== undefined && isRollingTag(tag)) {
                yield { at: use.image, message: `${describeUse(use)} is pinned by digest, but its tag \`${tag}\` does not say which version that is: write the version tag instead.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/data/add-sources.ts
// What an ADD source is, decided the way BuildKit decides it (frontend/dockerfile/dfgitutil): a Git
// repository, an HTTP(S) download, or a path in the build context.
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const SCP_LIKE = /^[\w.-]+@[\w.-]+:/; // git@github.com:org/repo.git
/** 'git' or 'http' for a remote source; undefined for a local path. */
function remoteKind(source) {
    if (/^(git|ssh):\/\//i.test(source) || SCP_LIKE.test(source))
        return 'git';
    if (!/^https?:\/\//i.test(source))
        return undefined;
    // An HTTP(S) URL is a Git repository only when its path ends in `.git`.
    return /\.git$/i.test(urlPath(source)) ? 'git' : 'http';
}
/** True when the source is a URL of any scheme (COPY cannot fetch it). */
function isUrl(source) {
    return URL_SCHEME.test(source) || SCP_LIKE.test(source);
}
/**
 * Whether a Git source names one commit: a full commit hash as the `#ref[:dir]` fragment, or a
 * `checksum=`/`commit=` query (BuildKit 0.24+). Undefined when an unknown variable decides it.
 */
function isGitCommitPinned(source) {
    const hash = source.indexOf('#');
    const query = new URLSearchParams(source.slice(0, hash < 0 ? undefined : hash).split('?')[1] ?? '');
    if (query.get('checksum') || query.get('commit') || isCommit(query.get('ref') ?? ''))
        return true;
    if (hash < 0)
        return false;
    const ref = source.slice(hash + 1).split(':')[0];
    return ref.includes('$') ? undefined : isCommit(ref);
}
function isCommit(ref) {
    return /^([0-9a-f]{40}|[0-9a-f]{64})$/i.test(ref);
}
function urlPath(url) {
    return url.replace(/[?#].*$/s, '');
}
/**
 * Archives ADD unpacks (hadolint's list, plus zstd which BuildKit also unpacks). Docker sniffs the
 * content, so these are the names that say "this is meant to be unpacked".
 */
const ARCHIVE = /\.(tar|z|bz2|gz|lz|lzma|tz|tb2|tbz|tbz2|tgz|tlz|tpz|txz|xz|zst|tzst)$/i;
function isArchive(path) {
    return ARCHIVE.test(path);
}

;// CONCATENATED MODULE: ./src/rules/prefer-copy.ts


/** Flags only ADD understands: with them, COPY is not a drop-in replacement. */
const ADD_ONLY = new Set(['checksum', 'keep-git-dir', 'unpack']);
/* harmony default export */ const prefer_copy = ({
    id: 'prefer-copy',
    title: 'Use `COPY` instead of `ADD` for local files',
    severity: 'warning',
    tags: ['security', 'least-surprise'],
    securitySeverity: 2.0,
    precision: 'very-high',
    // hadolint's DL3020Spec.hs cases are all in the test file. This rule also exempts Git URLs and
    // zstd archives (ADD is needed for both) and sources an unknown variable decides.
    equivalents: { hadolint: ['DL3020'] },
    related: { trivy: ['DS005'], checkov: ['CKV_DOCKER_4'], kics: ['9513a694'] },
    cis: ['4.9'],
    rationale: '`ADD` does more than copy: it downloads URLs and unpacks any local file it recognises as a tar archive, whatever its name. Used for plain files it hides that behaviour from reviewers, and a file that turns out to be an archive is silently extracted into the image instead of copied.',
    fix: 'Write `COPY` instead of `ADD` (its `--chown`, `--chmod`, `--link` and `--exclude` flags work the same). Keep `ADD` only for archives you want unpacked and for remote sources fetched with `--checksum`.',
    examples: {
        bad: 'FROM alpine:3.20\nADD app.conf /etc/app/app.conf\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nCOPY app.conf /etc/app/app.conf\nUSER 10001\nCMD ["sh"]\n'
    },
    fixable: true,
    check: function* (dockerfile) {
        for (const add of instructionsOf(dockerfile, 'ADD')) {
            if (add.flags.some((f) => ADD_ONLY.has(f.name)))
                continue;
            const local = [];
            let needsAdd = false;
            let unknown = false;
            for (const source of copySources(add)) {
                const value = add.resolve(source.value);
                const text = value ?? source.value;
                if (isUrl(text) || isArchive(text))
                    needsAdd = true;
                else if (value === undefined)
                    unknown = true;
                else
                    local.push(source.value);
            }
            if (unknown || local.length === 0)
                continue;
            const files = local.map((s) => `\`${s}\``).join(', ');
            if (needsAdd) {
                yield { at: add.keywordSpan, message: `\`ADD\` copies ${files} as plain files: move them to a \`COPY\` and keep \`ADD\` for the archives or URLs.` };
            }
            else {
                const copy = add.keywordSpan;
                const text = dockerfile.text.slice(copy.start, copy.end) === 'add' ? 'copy' : 'COPY';
                yield { at: copy, message: `\`ADD\` is used to copy ${files}: use \`COPY\`, which does only that.`, fix: { at: copy, text } };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/verify-remote-add.ts


/* harmony default export */ const verify_remote_add = ({
    id: 'verify-remote-add',
    title: '`ADD` of a URL or Git repository should verify what it fetches',
    severity: 'warning',
    tags: ['security', 'supply-chain', 'CWE-494'],
    securitySeverity: 6.0,
    precision: 'very-high',
    related: { checkov: ['CKV_DOCKER_4'], kics: ['4b410d24'] },
    cis: ['4.9', '4.11'],
    rationale: '`ADD <url>` puts whatever the server returns into the image, and `ADD <git repo>#v1.2` whatever the tag or branch points to today. If the download host, the release or the repository is compromised, or a tag is moved, the build silently ships the attacker\'s files, and no later step can tell.',
    fix: 'For a download, add the SHA-256 of the file you reviewed: `ADD --checksum=sha256:<hash> https://… /dest` (`sha256sum file` prints it). For a Git repository, name the full commit: `ADD https://github.com/org/repo.git#<40-hex commit> /src`, or `ADD --checksum=<commit> https://github.com/org/repo.git#v1.2 /src`.',
    examples: {
        bad: 'FROM alpine:3.20\nADD https://example.com/tool-1.2.0.tar.gz /opt/\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.0.tar.gz /opt/\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* (dockerfile) {
        for (const add of instructionsOf(dockerfile, 'ADD')) {
            // BuildKit checks `--checksum` against the SHA-256 of a download, or the commit of a Git source.
            const checksum = add.flags.some((f) => f.name === 'checksum' && f.value);
            for (const source of copySources(add)) {
                const url = add.resolve(source.value) ?? source.value;
                const kind = remoteKind(url);
                if (!kind || checksum)
                    continue;
                if (kind === 'http') {
                    yield { at: source, message: `\`${source.value}\` is downloaded without \`--checksum=sha256:…\`: a changed or tampered file would go into the image unnoticed.` };
                }
                else if (isGitCommitPinned(url) === false) {
                    yield { at: source, message: `\`${source.value}\` is not pinned to a commit: the branch or tag it follows can move. Name the full commit hash (\`#<commit>\`) or add \`--checksum=<commit>\`.` };
                }
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/shell/options.ts
function readOptions(command, spec) {
    const options = [];
    const operands = [];
    const args = command.args;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const v = arg.value;
        if (v === '--') {
            operands.push(...args.slice(i + 1));
            break;
        }
        if (v.startsWith('--')) {
            const eq = v.indexOf('=');
            const name = eq < 0 ? v : v.slice(0, eq);
            const value = eq >= 0 ? suffix(arg, eq + 1) : spec.long?.includes(name) ? args[++i] : undefined;
            options.push({ name, value });
        }
        else if (v.length > 1 && (v[0] === '-' || (v[0] === '+' && spec.plus))) {
            for (let j = 1; j < v.length; j++) {
                const name = v[0] + v[j];
                if (!spec.short.includes(v[j])) {
                    options.push({ name });
                    continue;
                }
                options.push({ name, value: j + 1 < v.length ? suffix(arg, j + 1) : args[++i] });
                break;
            }
        }
        else {
            operands.push(arg);
        }
    }
    return { options, operands };
}
/** The values of the options named (`-o`, `--output`), in order; a bare flag gives no value. */
function valuesOf(read, ...names) {
    return read.options.filter((o) => names.includes(o.name) && o.value).map((o) => o.value);
}
function has(read, ...names) {
    return read.options.some((o) => names.includes(o.name));
}
/** The part of a word after its first `skip` characters (`/tmp/x` of `-o/tmp/x`). */
function suffix(word, skip) {
    const exact = word.raw.length === word.value.length;
    return { ...word, value: word.value.slice(skip), raw: exact ? word.raw.slice(skip) : word.raw, start: exact ? word.start + skip : word.start };
}

;// CONCATENATED MODULE: ./src/shell/downloads.ts
// What download commands (`curl`, `wget`, FreeBSD `fetch`) fetch and where they write it. Paths are
// given as written (`$TMP/app.tgz`): values that depend on variables are compared, never guessed.



const SPECS = table({
    curl: {
        short: 'oudXHAexmTFwbcrKEYyzCPtUQD',
        long: [
            '--output', '--output-dir', '--url', '--user', '--data', '--data-binary', '--data-raw', '--data-urlencode', '--header',
            '--request', '--user-agent', '--referer', '--proxy', '--max-time', '--connect-timeout', '--upload-file', '--form',
            '--write-out', '--cookie', '--cookie-jar', '--range', '--config', '--cert', '--key', '--cacert', '--capath', '--retry',
            '--retry-delay', '--retry-max-time', '--limit-rate', '--resolve', '--dump-header', '--max-filesize', '--proto',
            '--proto-redir', '--oauth2-bearer', '--continue-at', '--speed-limit', '--speed-time'
        ]
    },
    wget: {
        // `-nv`, `-nc`, `-nd` are `-n` with a letter, so `n` reads the rest of its cluster.
        short: 'OoaPieUtTwlARDXIQBn',
        long: [
            '--output-document', '--output-file', '--append-output', '--directory-prefix', '--input-file', '--execute',
            '--user-agent', '--tries', '--timeout', '--wait', '--level', '--accept', '--reject', '--domains', '--header', '--user',
            '--password', '--progress', '--quota', '--limit-rate', '--post-data', '--post-file', '--method', '--body-data',
            '--ca-certificate', '--certificate', '--private-key', '--load-cookies', '--save-cookies', '--referer', '--http-user',
            '--http-password', '--max-redirect', '--dns-timeout', '--connect-timeout', '--read-timeout', '--waitretry'
        ]
    },
    fetch: { short: 'oBNSTi', long: ['--output'] }
});
const STDOUT = new Set(['-', '/dev/stdout', '/dev/fd/1']);
/**
 * True for `curl`, `wget` and `fetch`: commands that download what their URL arguments name; and the
 * PowerShell downloads (Invoke-WebRequest, Invoke-RestMethod, Start-BitsTransfer, WebClient.Download*).
 */
function isDownload(command) {
    return command.program in SPECS || isPowerShellDownload(command);
}
function read(command) {
    return readOptions(command, SPECS[command.program]);
}
/** The URLs a download command fetches, as written (`https://…/v$VERSION/app.tgz`, `$URL`). */
function downloadUrls(command) {
    if (!isDownload(command))
        return [];
    if (isPowerShellDownload(command))
        return powerShellDownloadUrls(command);
    const options = read(command);
    return [...options.operands, ...valuesOf(options, '--url')];
}
/** True when the download goes to standard output (so it can be piped): `curl URL`, `wget -qO- URL`. */
function downloadsToStdout(command) {
    if (!isDownload(command))
        return false;
    if (isPowerShellDownload(command))
        return powerShellDownloadsToStdout(command);
    // `curl URL > f`: the shell sends stdout to the file, so nothing downstream of a pipe receives it.
    return !stdoutTargets(command).some((t) => !STDOUT.has(t)) && toStdout(command, read(command));
}
/** True when the options send the download to stdout, whatever the shell then does with it. */
function toStdout(command, options) {
    const outputs = valuesOf(options, '-o', '-O', '--output', '--output-document');
    if (outputs.some((o) => STDOUT.has(o.value)))
        return true;
    if (command.program === 'curl')
        return outputs.length === 0 && !has(options, '-O', '--remote-name', '--remote-name-all', '-J');
    return false;
}
/** Where standard output is redirected to (`> F`, `1>> F`, `&> F`, `> /dev/null`), as written. */
function stdoutTargets(command) {
    const targets = [];
    for (const r of command.redirects) {
        const stdout = r.op === '&>' || r.op === '&>>' || ((r.op === '>' || r.op === '>>' || r.op === '>|') && (r.fd === undefined || r.fd === '1'));
        if (stdout && r.target)
            targets.push(r.target.value);
    }
    return targets;
}
/**
 * The files a download command writes, as written: `-o F`, `wget -O F`, the URL's last path segment,
 * or the file its standard output is redirected to (`curl URL > F`, `wget -qO- URL > F`).
 */
function downloadedFiles(command) {
    // Files downloaded in PowerShell (`-OutFile`, `curl.exe -o`) are not followed yet: nor are its checks
    // (`Get-FileHash`), so they would all look unverified.
    if (!isDownload(command) || command.powershell)
        return [];
    const options = read(command);
    const named = valuesOf(options, '-o', '--output', ...(command.program === 'wget' ? ['-O', '--output-document'] : []));
    const files = named.map((w) => w.value).filter((f) => !STDOUT.has(f) && !f.startsWith('/dev/'));
    // The options alone decide whether stdout carries the download: downloadsToStdout is false once it is redirected.
    const redirected = stdoutTargets(command).filter((f) => !f.startsWith('/dev/'));
    if (redirected.length && toStdout(command, options))
        return redirected;
    const urls = [...options.operands, ...valuesOf(options, '--url')];
    const remoteNames = command.program === 'curl' ? has(options, '-O', '--remote-name', '--remote-name-all') : named.length === 0 && !has(options, '--content-disposition');
    if (remoteNames)
        for (const url of urls)
            files.push(...optional(urlBasename(url.value)));
    const dir = valuesOf(options, command.program === 'curl' ? '--output-dir' : '-P', '--directory-prefix')[0]?.value;
    return dir ? files.map((f) => (f.startsWith('/') ? f : `${dir.replace(/\/+$/, '')}/${f}`)) : files;
}
/** The last path segment of a URL (`app.tgz` of `https://x.io/v1/app.tgz?dl=1`), or undefined if it has none. */
function urlBasename(url) {
    const path = url.replace(/[?#].*$/, '').replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name || undefined;
}
function optional(value) {
    return value === undefined ? [] : [value];
}

;// CONCATENATED MODULE: ./src/shell/helpers.ts
// The small vocabulary rules use to ask about commands. Flags are given as written on the command
// line: '-y', '--yes'. A one-letter flag also matches inside a cluster (`-y` in `-qqy`).



function endOfOptions(command) {
    const i = command.args.findIndex((a) => a.value === '--');
    return i < 0 ? command.args.length : i;
}
/** The first flag of `names` the command carries, as written (`-k` also finds `-sSLk`); undefined if none. */
function findFlag(command, ...names) {
    const end = endOfOptions(command);
    for (let i = 0; i < end; i++) {
        const arg = command.args[i];
        const value = arg.value;
        if (!value.startsWith('-') || value === '-')
            continue;
        for (const name of names) {
            if (name.startsWith('--')) {
                if (value === name || value.startsWith(name + '='))
                    return arg;
            }
            else if (value === name || (value[1] !== '-' && name.length === 2 && value.slice(1).includes(name[1]))) {
                return arg;
            }
        }
    }
    return undefined;
}
function hasFlag(command, ...names) {
    return findFlag(command, ...names) !== undefined;
}
/**
 * The value given to an option: `--name=value`, `--name value`, `-n value`, `-nvalue`.
 * Returns every value when the option is repeated.
 */
function flagValues(command, ...names) {
    const values = [];
    const end = endOfOptions(command);
    for (let i = 0; i < end; i++) {
        const arg = command.args[i];
        for (const name of names) {
            if (arg.value === name && command.args[i + 1]) {
                values.push(command.args[++i]);
            }
            else if (name.startsWith('--') && arg.value.startsWith(name + '=')) {
                values.push(helpers_suffix(arg, name.length + 1));
            }
            else if (!name.startsWith('--') && arg.value.startsWith(name) && arg.value.length > name.length && !arg.value.startsWith('--')) {
                values.push(helpers_suffix(arg, name.length));
            }
            else {
                continue;
            }
            break;
        }
    }
    return values;
}
function flagValue(command, ...names) {
    return flagValues(command, ...names)[0];
}
function helpers_suffix(word, skip) {
    return { ...word, value: word.value.slice(skip), raw: word.raw.slice(skip), start: word.start + skip };
}
/** The arguments that are not options, skipping the values of the options in `valued`. */
function positionals(command, valued = []) {
    const result = [];
    let options = true;
    for (let i = 0; i < command.args.length; i++) {
        const arg = command.args[i];
        const value = arg.value;
        if (options && value === '--')
            options = false;
        else if (options && value.startsWith('-') && value !== '-') {
            if (valued.includes(value))
                i++;
        }
        else
            result.push(arg);
    }
    return result;
}
/** The first positional argument: `install` in `apt-get -y install curl`. */
function subcommand(command, valued = []) {
    return positionals(command, valued)[0]?.value;
}
/** Commands whose program is one of `programs`, at any depth. */
function commandsNamed(script, ...programs) {
    return script.commands.filter((c) => programs.includes(c.program));
}
/** The innermost command a wrapper chain runs: `sh` for `sudo -E sh`. */
function effective(command) {
    let c = command;
    while (c.inner)
        c = c.inner;
    return c;
}
/** True when `later` runs after `earlier` in the same RUN, in source order. */
function runsAfter(later, earlier) {
    return later.start > earlier.start;
}
/** Every word of a command: its name, arguments and redirect targets. */
function words(command) {
    const all = command.nameWord ? [command.nameWord, ...command.args] : [...command.args];
    for (const r of command.redirects)
        if (r.target)
            all.push(r.target);
    return all;
}
/** True for shells and other interpreters that run a script from stdin or an argument. */
const INTERPRETERS = new Set([...SHELLS, 'python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php', 'pwsh', 'powershell']);
function isInterpreter(program) {
    return INTERPRETERS.has(program) || /^python3(\.\d+)?$/.test(program);
}
/**
 * The tool a command runs, as rules name it: `python3 -m pip install x` and `pip3.12 install x` are
 * both `pip install x` (a command with program `pip` and the arguments after the module name).
 */
function asTool(command) {
    if (!command.program.startsWith('p'))
        return command; // neither python nor pip: most commands
    if (/^python[0-9.]*$/.test(command.program) && command.args[0]?.value === '-m' && command.args[1]) {
        const module = command.args[1].value;
        return { ...command, program: module.replace(/^pip[0-9.]+$/, 'pip'), args: command.args.slice(2) };
    }
    return /^pip[0-9.]+$/.test(command.program) ? { ...command, program: 'pip' } : command;
}
/**
 * Variables the script sets itself (`X=…`, `export X=…`, `local X=…`): a `$X` in it is not (only)
 * the ARG or ENV of that name, so its value cannot be taken from the Dockerfile.
 */
function assignedNames(script) {
    const names = new Set();
    const declare = ['export', 'declare', 'local', 'readonly', 'typeset'];
    for (const command of script.commands) {
        const words = declare.includes(command.program) ? [...command.assignments, ...command.args] : command.assignments;
        for (const word of words) {
            const name = /^([A-Za-z_][A-Za-z0-9_]*)\+?=/.exec(word.value)?.[1];
            if (name)
                names.add(name);
        }
    }
    return names;
}
const APT = { verbs: ['install'], valued: ['-o', '-c', '-t', '--option', '--config-file', '--target-release', '--default-release'] };
const RPM = {
    verbs: ['install', 'in'],
    valued: ['-c', '--config', '--installroot', '--releasever', '--setopt', '--enablerepo', '--disablerepo', '--repo', '--repoid', '-x', '--exclude', '-d', '-e', '--forcearch']
};
const INSTALLERS = table({
    'apt-get': APT,
    apt: APT,
    aptitude: APT,
    apk: { verbs: ['add'], valued: ['-X', '--repository', '-t', '--virtual', '-p', '--root', '--repositories-file', '--keys-dir', '--cache-dir', '--arch'] },
    yum: RPM,
    dnf: RPM,
    microdnf: RPM,
    tdnf: RPM,
    zypper: { verbs: ['install', 'in'], valued: ['-R', '--root', '-c', '--config', '-r', '--repo', '-t', '--type', '--from', '-D', '--reposd-dir', '--cache-dir'] }
});
/**
 * The packages an OS package manager install names (`apt-get`/`apt`/`aptitude install`, `apk add`,
 * `yum`/`dnf`/`microdnf`/`tdnf`/`zypper install`), as written: versions and archs included
 * (`curl=8.5.0-2`, `openssh>9`, `libc6:amd64`), option values left out. Empty for any other command.
 */
function installedPackages(command) {
    const installer = INSTALLERS[command.program];
    if (!installer)
        return [];
    const [verb, ...packages] = positionals(command, installer.valued);
    return verb && installer.verbs.includes(verb.value) ? packages : [];
}
// Downloads (`curl`, `wget`, `fetch`): what they fetch and where they write it; see ./downloads.ts.


;// CONCATENATED MODULE: ./src/shell/scripts.ts
// Where an interpreter takes the code it runs from: `sh` reads stdin, `sh x.sh` a file, `sh -c '…'`
// a string. Rules about running downloaded code ask this; they must not mistake data for code
// (`curl … | python3 -c 'import json, sys; …'` reads JSON from stdin, it does not run it).



const SHELL = { short: 'oO', long: ['--rcfile', '--init-file'], plus: true, code: [] };
const PYTHON = { short: 'cmWX', code: ['-c'], other: ['-m', '--version', '-V', '--help', '-h'] };
const scripts_INTERPRETERS = table({
    perl: { short: 'eE', code: ['-e', '-E'], other: ['-v', '--version', '-c'] },
    ruby: { short: 'eIrCE', code: ['-e'], other: ['-v', '--version', '-c'] },
    node: { short: 'eprC', long: ['--eval', '--print', '--require', '--import', '--input-type'], code: ['-e', '-p', '--eval', '--print'], other: ['-v', '--version', '-c', '--check'] },
    php: { short: 'rfdcz', code: ['-r'], other: ['-v', '--version', '-m', '-i', '-l'] }
});
function interpreter(program) {
    if (SHELLS.has(program))
        return SHELL;
    if (/^python[0-9.]*$/.test(program))
        return PYTHON;
    return Object.hasOwn(scripts_INTERPRETERS, program) ? scripts_INTERPRETERS[program] : undefined;
}
/** What an interpreter command runs; undefined when the command is not an interpreter. */
function scriptSource(command) {
    if (command.program === 'eval')
        return { from: 'code', words: command.args };
    // PowerShell's `iex` runs its argument, or what is piped into it (`iwr https://… | iex`).
    if (command.program === 'invoke-expression')
        return command.args.length ? { from: 'code', words: command.args } : { from: 'stdin' };
    if (command.program === 'source' || command.program === '.') {
        return command.args[0] ? file(command.args[0]) : { from: 'none' };
    }
    const spec = interpreter(command.program);
    if (!spec)
        return undefined;
    const read = readOptions(command, spec);
    const operand = read.operands[0];
    if (spec === SHELL) {
        if (has(read, '-c'))
            return operand ? { from: 'code', words: [operand] } : { from: 'none' };
        if (has(read, '-s'))
            return { from: 'stdin' };
    }
    else {
        const code = valuesOf(read, ...spec.code);
        if (code.length)
            return { from: 'code', words: code };
        if (spec.other && has(read, ...spec.other))
            return { from: 'none' };
        if (command.program === 'php' && valuesOf(read, '-f').length)
            return file(valuesOf(read, '-f')[0]);
    }
    return operand ? file(operand) : { from: 'stdin' };
}
function file(word) {
    return word.value === '-' || word.value === '/dev/stdin' ? { from: 'stdin' } : { from: 'file', word };
}

;// CONCATENATED MODULE: ./src/shell/artifacts.ts
// How commands use files that may have been downloaded (extract, install, run, put on the PATH) and
// which commands check a file's integrity (checksums, signatures). Used to tell a verified download
// from one that is trusted blindly.




/** The archive `tar` extracts (`tar -xzf F`, `tar xf F`, `tar --extract --file=F`); `{}` when it extracts stdin. */
function tarExtraction(command) {
    if (command.program !== 'tar' && command.program !== 'bsdtar')
        return undefined;
    const spec = { short: 'fCTXbHKNgV', long: ['--file', '--directory', '--files-from', '--exclude-from', '--format', '--owner', '--group', '--mode'] };
    const read = readOptions(oldStyleTar(command, spec.short), spec);
    if (!has(read, '-x', '--extract', '--get'))
        return undefined;
    const archive = valuesOf(read, '-f', '--file')[0];
    return archive && archive.value !== '-' ? { archive } : {};
}
/**
 * Old-style `tar xJfv F` / `tar cfb F 20`: the letters of the first word are options, and each that
 * takes a value takes the next word, in order (`f` need not be last). Rewritten as `-x -J -f F -v`.
 */
function oldStyleTar(command, valued) {
    const [first, ...rest] = command.args;
    if (!first || !/^[A-Za-z]+$/.test(first.value))
        return command;
    const args = [];
    for (const letter of first.value) {
        args.push({ ...first, value: '-' + letter, raw: '-' + letter });
        if (valued.includes(letter) && rest.length)
            args.push(rest.shift());
    }
    return { ...command, args: [...args, ...rest] };
}
const artifacts_APT = { verbs: ['install', 'reinstall'], files: /\.deb$/, spec: { short: 'oct', long: ['--option', '--config-file', '--target-release'] } };
const artifacts_RPM = { verbs: ['install', 'localinstall', 'reinstall', 'upgrade', 'update'], files: /\.rpm$/, spec: { short: 'cdex', long: ['--setopt', '--enablerepo', '--disablerepo', '--installroot'] } };
const artifacts_INSTALLERS = table({
    'apt-get': artifacts_APT,
    apt: artifacts_APT,
    yum: artifacts_RPM,
    dnf: artifacts_RPM,
    microdnf: artifacts_RPM,
    tdnf: artifacts_RPM,
    // apk checks a local package's signature unless told not to.
    apk: { verbs: ['add'], files: /\.apk$/, spec: { short: 'Xpt', long: ['--repository', '--virtual', '--root'] }, when: (c) => c.args.some((a) => a.value === '--allow-untrusted') },
    pip: { verbs: ['install'], files: /\.(whl|tar\.gz|tgz|zip)$/, spec: { short: 'rceit', long: ['--requirement', '--constraint', '--index-url', '--extra-index-url', '--target', '--prefix', '--root'] } },
    npm: { verbs: ['install', 'i', 'add'], files: /\.tgz$/, spec: { short: '', long: ['--registry', '--prefix'] } },
    gem: { verbs: ['install', 'i'], files: /\.gem$/, spec: { short: 'v', long: ['--version', '--install-dir', '--source'] } }
});
const DECOMPRESSORS = new Set(['gunzip', 'unxz', 'bunzip2', 'unzstd', 'unlzma', 'zcat', 'xzcat', 'bzcat', 'zstdcat']);
const COMPRESSORS = new Set(['gzip', 'xz', 'bzip2', 'zstd', 'lzma', 'lz4']);
/** The files a command extracts, installs, runs, makes executable or puts on the PATH. */
function consumedFiles(command) {
    // Run by its path (`./install.sh`, `/usr/local/bin/tool --version`), whatever else it does.
    const uses = usesByProgram(command);
    return command.nameWord && command.name.includes('/') ? [{ word: command.nameWord, how: 'run' }, ...uses] : uses;
}
function usesByProgram(command) {
    const by = (how) => `${how} by \`${command.program}\``;
    const all = (words, how) => words.map((word) => ({ word, how: by(how) }));
    const p = command.program;
    const tar = tarExtraction(command);
    if (tar)
        return tar.archive ? all([tar.archive], 'extracted') : [];
    if (p === 'unzip')
        return all(readOptions(command, { short: 'dxPIO' }).operands.slice(0, 1), 'extracted');
    if (/^7z[ar]?$/.test(p)) {
        const [verb, archive] = readOptions(command, { short: '' }).operands;
        return verb && /^[xe]$/.test(verb.value) && archive ? all([archive], 'extracted') : [];
    }
    if (DECOMPRESSORS.has(p) || (COMPRESSORS.has(p) && has(readOptions(command, { short: 'S' }), '-d', '--decompress'))) {
        return all(readOptions(command, { short: 'S' }).operands, 'decompressed');
    }
    if (p === 'dpkg') {
        const read = readOptions(command, { short: '', long: ['--root', '--admindir', '--instdir'] });
        if (has(read, '-i', '--install', '--unpack'))
            return all(read.operands, 'installed');
        return has(read, '-x', '--extract') ? all(read.operands.slice(0, 1), 'extracted') : [];
    }
    if (p === 'rpm') {
        const installs = command.args.some((a) => /^--(install|upgrade|freshen|reinstall)$/.test(a.value) || (/^-[a-zA-Z]*[iUF][a-zA-Z]*$/.test(a.value) && !/[qeKV]/.test(a.value)));
        return installs ? all(readOptions(command, { short: '', long: ['--root', '--dbpath', '--prefix', '--define'] }).operands, 'installed') : [];
    }
    const tool = asTool(command);
    const installer = Object.hasOwn(artifacts_INSTALLERS, tool.program) ? artifacts_INSTALLERS[tool.program] : undefined;
    if (installer && (installer.when?.(tool) ?? true)) {
        const [verb, ...targets] = readOptions(tool, installer.spec).operands;
        if (!verb || !installer.verbs.includes(verb.value))
            return [];
        return targets.filter((t) => t.value.includes('/') || installer.files.test(t.value)).map((word) => ({ word, how: `installed by \`${tool.program}\`` }));
    }
    if (p === 'chmod') {
        const [mode, ...files] = readOptions(command, { short: '' }).operands;
        return mode && isExecutableMode(mode.value) ? all(files, 'made executable') : [];
    }
    if (p === 'java') {
        const jar = command.args.findIndex((a) => a.value === '-jar');
        return jar >= 0 && command.args[jar + 1] ? all([command.args[jar + 1]], 'run') : [];
    }
    if (p === 'mv' || p === 'cp' || p === 'install' || p === 'ln') {
        const read = readOptions(command, { short: p === 'install' ? 'mogtS' : 'tS', long: ['--target-directory', '--suffix', '--mode', '--owner', '--group'] });
        if (p === 'install' && has(read, '-d', '--directory'))
            return [];
        const target = valuesOf(read, '-t', '--target-directory')[0];
        const sources = target ? read.operands : read.operands.slice(0, -1);
        const dest = target ?? read.operands[read.operands.length - 1];
        return dest && isBinDir(dest.value) ? all(sources, `put into \`${dest.value}\``) : [];
    }
    const source = scriptSource(command);
    return source?.from === 'file' ? all([source.word], 'run') : [];
}
/** Numeric modes with an execute bit (`755`, `0700`) and symbolic ones that add one (`+x`, `a+rx`). */
function isExecutableMode(mode) {
    if (/^[0-7]{3,4}$/.test(mode))
        return /[1357]/.test(mode.slice(-3));
    return mode.split(',').some((m) => /^[ugoa]*[+=][rwXst]*x/.test(m));
}
/** A directory on the PATH, or a file in one: `/usr/local/bin`, `/usr/local/bin/tool`, `$HOME/.local/bin/`. */
function isBinDir(path) {
    return /(^|\/)s?bin(\/|$)/.test(path);
}
const CHECKSUMS = /^(sha(1|224|256|384|512)sum|md5sum|b2sum|shasum|cksum|rhash)$/;
/** The first argument that is not an option: the verb of `cosign verify`, `openssl dgst`. */
function firstOperand(command) {
    return command.args.find((a) => !a.value.startsWith('-'))?.value;
}
/** True for commands that check a file against a checksum or signature. */
function isVerifier(command) {
    const p = command.program;
    if (CHECKSUMS.test(p) || p === 'gpgv' || p === 'gpgv2' || p === 'slsa-verifier')
        return true;
    if (p === 'gpg' || p === 'gpg2')
        return command.args.some((a) => a.value === '--verify' || a.value === '--verify-files');
    if (p === 'cosign' || p === 'sq')
        return firstOperand(command)?.startsWith('verify') ?? false;
    if (p === 'minisign' || p === 'signify' || p === 'signify-openbsd')
        return command.args.some((a) => /^-[a-zA-Z]*V/.test(a.value));
    if (p === 'openssl')
        return /^(dgst|sha\d*|md5)$/.test(firstOperand(command) ?? '');
    if (p === 'gh')
        return firstOperand(command) === 'attestation';
    if (p === 'ssh-keygen')
        return command.args.some((a) => a.value === 'verify');
    if (p === 'rpm' || p === 'rpmkeys')
        return command.args.some((a) => a.value === '-K' || a.value === '--checksig');
    return false;
}

;// CONCATENATED MODULE: ./src/rules/data/downloaded-files.ts


/** Checksum lists, signatures, certificates and keys, by their file name: material for checking, not artifacts. */
const MATERIAL = /(sums?|checksums?)([._\d-]|$)|\.(sha\d*|md5|asc|sig|sign|minisig|pem|crt|cert|pub|gpg|key|bundle|sigstore|sigstore\.json|intoto\.jsonl)$|^keys$/i;
/** What a group of instructions downloads, uses and verifies. */
class Downloads {
    /** Downloaded artifacts (checksum lists, signatures and keys left out), in order. */
    artifacts = [];
    uses = new Map();
    checked = [];
    constructor(instructions) {
        const commands = instructions.flatMap(({ shell }) => shell?.commands ?? []);
        for (const command of commands) {
            if (!isDownload(command))
                continue;
            for (const file of downloadedFiles(command)) {
                if (!MATERIAL.test(nameOf(file)))
                    this.artifacts.push({ file, at: { start: command.start, end: command.end }, command });
            }
        }
        if (!this.artifacts.length)
            return; // most stages download nothing: skip reading every command's files
        for (const command of commands) {
            for (const use of consumedFiles(command))
                push(this.uses, nameOf(use.word.value), { ...use, command });
            if (isVerifier(command))
                this.checked.push(normalize(checkedText(command)));
        }
        for (const list of this.uses.values())
            list.sort((a, b) => a.word.start - b.word.start);
    }
    /** The first use of the downloaded file after the download (not by the download itself). */
    firstUse(download) {
        const uses = this.uses.get(nameOf(download.file)) ?? [];
        for (let i = firstAtOrAfter(uses, download.at.start); i < uses.length; i++) {
            if (uses[i].command !== download.command && sameFile(uses[i].word.value, download.file))
                return uses[i];
        }
        return undefined;
    }
    /**
     * True when a verifier names the file, or names none of the artifacts at all: `sha256sum -c
     * SHA256SUMS --ignore-missing` or `gpg --verify SHA256SUMS.asc` check every file of a release.
     * Leaning to "verified" keeps the rule quiet when unsure.
     */
    verified(download) {
        const name = nameOf(download.file);
        return this.checked.some((text) => text.includes(name)) || this.generic();
    }
    genericVerifier;
    generic() {
        if (this.genericVerifier === undefined) {
            const names = [...new Set(this.artifacts.map((d) => nameOf(d.file)))];
            this.genericVerifier = this.checked.some((text) => !names.some((name) => text.includes(name)));
        }
        return this.genericVerifier;
    }
}
/** The text a verifier checks against: its words, those of its pipeline (`echo "<sha>  F" | sha256sum -c`) and heredocs. */
function checkedText(verifier) {
    const texts = [];
    for (const c of [...verifier.pipeline.commands, verifier]) {
        texts.push(...words(c).map((w) => w.value));
        for (const r of c.redirects)
            if (r.heredoc)
                texts.push(r.heredoc.body);
    }
    return texts.join('\n');
}
/** Same path as written, or the same name when one of them is a bare name (relative to an unknown directory). */
function sameFile(a, b) {
    const [x, y] = [normalize(a), normalize(b)];
    return x === y || !x.includes('/') || !y.includes('/');
}
function normalize(path) {
    return path.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1').replace(/\/{2,}/g, '/').replace(/^(\.\/)+/, '');
}
/** The base name, normalized: what files are indexed and compared by. */
function nameOf(path) {
    const normalized = normalize(path);
    return normalized.slice(normalized.lastIndexOf('/') + 1);
}
/** Binary search in uses sorted by offset. */
function firstAtOrAfter(uses, offset) {
    let [low, high] = [0, uses.length];
    while (low < high) {
        const mid = (low + high) >> 1;
        if (uses[mid].word.start < offset)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/rules/data/urls.ts
// URLs in words: which ones travel over plain HTTP to somewhere other than this machine.
/** The plain-HTTP URL a word holds (`http://…`, or the value of `--option=http://…`); loopback URLs excepted. */
function plainHttpUrl(word) {
    const url = /^(?:--?[\w-]+=)?(http:\/\/.*)$/is.exec(word)?.[1];
    return url !== undefined && !isLoopback(url) ? url : undefined;
}
/** Hosts whose traffic never crosses a network someone else controls. */
function isLoopback(url) {
    const authority = url.slice('http://'.length).split(/[/?#]/)[0];
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '').toLowerCase();
    return (host === 'localhost' ||
        host.endsWith('.localhost') ||
        /^127\.\d+\.\d+\.\d+$/.test(host) ||
        host === '[::1]' ||
        host === '0.0.0.0' ||
        host === 'host.docker.internal');
}

;// CONCATENATED MODULE: ./src/rules/no-plain-http.ts








/** Options whose value is a URL the tool does not download from (a proxy, a referer, git config). */
const NOT_FETCHED = table({
    curl: ['-x', '--proxy', '--preproxy', '-e', '--referer', '--noproxy'],
    wget: ['-e', '--execute', '--referer'],
    git: ['-c', '--config']
});
const GIT_FETCHES = new Set(['clone', 'fetch', 'pull', 'ls-remote', 'submodule', 'remote']);
/* harmony default export */ const no_plain_http = ({
    id: 'no-plain-http',
    title: 'Downloads should use HTTPS, not plain HTTP',
    severity: 'warning',
    tags: ['security', 'supply-chain', 'CWE-319', 'CWE-494'],
    securitySeverity: 7.0,
    precision: 'high',
    cis: ['4.11'],
    rationale: 'Plain HTTP is neither encrypted nor authenticated. Anyone on the network path between the builder and the server (a compromised router, a hostile Wi-Fi, a malicious proxy) can replace the file with their own, and the build puts it into the image without noticing.',
    fix: 'Use the `https://` URL (almost every host serves one). If the host really has no HTTPS, verify the file after downloading it (`ADD --checksum=sha256:…`, or `sha256sum -c`) or fetch it from a mirror that does.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN wget -q -O /tmp/tool.apk http://example.com/tool.apk\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nRUN wget -q -O /tmp/tool.apk https://example.com/tool.apk\nUSER 10001\nCMD ["sh"]\n'
    },
    fixable: true,
    check: function* (dockerfile) {
        for (const add of instructionsOf(dockerfile, 'ADD')) {
            // With `--checksum` a replaced download fails the build, so plain HTTP cannot smuggle content in.
            if (add.flags.some((f) => f.name === 'checksum' && f.value))
                continue;
            for (const source of copySources(add))
                yield* plain(dockerfile, source, source.value, add.resolve(source.value));
        }
        const verified = verifiedDownloads();
        for (const { command, instruction } of runCommands(dockerfile)) {
            for (const word of fetched(command)) {
                // `$URL` takes its value from an ARG or ENV, unless the RUN sets it itself; an exec-form RUN
                // expands nothing, except in the script it gives a shell (`["sh", "-c", "curl $URL"]`).
                const name = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(word.value)?.[1];
                // A PowerShell `$url` is PowerShell's own variable, never an ARG or ENV (those are `$env:NAME`).
                const expands = (!instruction.json || command.context === 'shell-string') && !isPowerShellDownload(command);
                const known = name !== undefined && expands && !assignedNames(instruction.shell).has(name);
                const problems = [...plain(dockerfile, word, word.value, known ? instruction.resolve(word.value) : undefined)];
                // As with `ADD --checksum`: a file checked against a checksum or signature fails the build when replaced.
                if (problems.length && !verified(command, instruction))
                    yield* problems;
            }
        }
    }
});
/**
 * Whether every file a download command writes is checked later by a checksum or signature (what
 * verify-downloads calls verified). The bookkeeping is built only for stages that fetch over HTTP.
 */
function verifiedDownloads() {
    const built = new Map();
    return (command, instruction) => {
        const { stage } = instruction;
        if (!stage)
            return false;
        // ONBUILD triggers run in another build, so they are a group of their own (as in verify-downloads).
        const trigger = instruction.onbuild !== undefined;
        const groups = built.get(stage) ?? built.set(stage, new Map()).get(stage);
        let downloads = groups.get(trigger);
        if (!downloads)
            groups.set(trigger, (downloads = new Downloads(stage.instructions.filter((i) => (i.onbuild !== undefined) === trigger))));
        const own = downloads.artifacts.filter((d) => d.command === command);
        return own.length > 0 && own.every((d) => downloads.verified(d));
    };
}
/**
 * The words of a curl, wget or git fetch that name what it downloads (option values like `--proxy`
 * left out), and the packages and keys rpm and its front ends fetch themselves when given a URL:
 * `rpm --import http://…/key`, `rpm -Uvh http://…/x.rpm`, `dnf install http://…/x.rpm`.
 */
function* fetched(command) {
    // Invoke-WebRequest, Start-BitsTransfer, WebClient.DownloadFile, …: the URL their parameters name.
    if (isPowerShellDownload(command))
        return yield* downloadUrls(command);
    // rpm reads a URL operand (a package or, with --import, a key) in every mode that takes files.
    if (command.program === 'rpm')
        return yield* readOptions(command, { short: '', long: ['--root', '--dbpath', '--define', '--prefix', '--relocate'] }).operands;
    const packages = installedPackages(command);
    if (packages.length)
        return yield* packages;
    const skip = NOT_FETCHED[command.program];
    if (!skip)
        return;
    if (command.program === 'git' && !GIT_FETCHES.has(subcommand(command, skip) ?? ''))
        return;
    for (let i = 0; i < command.args.length; i++) {
        const { value } = command.args[i];
        // `--proxy=…`, `--proxy …`, `-x …`, and `-sSx …` (a short option ending a cluster takes the next word).
        const option = /^-[a-zA-Z]+$/.test(value) ? `-${value.slice(-1)}` : value.startsWith('-') ? value.split('=')[0] : '';
        if (skip.includes(option)) {
            if (!value.includes('='))
                i++;
        }
        else {
            yield command.args[i];
        }
    }
}
function* plain(dockerfile, at, written, resolved) {
    const literal = plainHttpUrl(written);
    const url = literal ?? (resolved === undefined ? undefined : plainHttpUrl(resolved));
    if (url === undefined)
        return;
    const offset = dockerfile.text.slice(at.start, at.end).search(/http:\/\//i);
    const fix = literal !== undefined && offset >= 0 ? { at: { start: at.start + offset, end: at.start + offset + 7 }, text: 'https://' } : undefined;
    const shown = literal !== undefined ? `\`${url}\`` : `\`${written}\` (\`${url}\`)`;
    yield { at, message: `${shown} is fetched over plain HTTP, so anyone on the network path can replace it: use \`https://\`.`, fix };
}

;// CONCATENATED MODULE: ./src/rules/data/docker-run.ts
// Options of a `docker run` command line that hand the container the host: what an Atomic-style
// `LABEL RUN="docker run …"` should never tell users to type.


const CLIENTS = new Set(['docker', 'podman', 'nerdctl']);
const NAMESPACES = ['--net', '--network', '--pid', '--ipc', '--uts', '--userns'];
/** The host-exposing options of every `docker`/`podman` command in the text, as the user would read them. */
function hostExposingOptions(commandLine) {
    const found = [];
    for (const command of parseShell(commandLine).commands) {
        if (!CLIENTS.has(command.program))
            continue;
        const privileged = findFlag(command, '--privileged');
        if (privileged && !/=false$/i.test(privileged.value))
            found.push('`--privileged`');
        for (const name of NAMESPACES) {
            if (flagValues(command, name).some((v) => v.value === 'host'))
                found.push(`\`${name}=host\``);
        }
        for (const mount of flagValues(command, '-v', '--volume', '--mount')) {
            const source = /(?:^|,)(?:source|src)=([^,]*)/.exec(mount.value)?.[1] ?? mount.value.split(':')[0];
            if (source === '/')
                found.push(`the host's root filesystem (\`${mount.value}\`)`);
            else if (source.endsWith('docker.sock'))
                found.push(`the Docker socket (\`${mount.value}\`)`);
        }
        for (const cap of flagValues(command, '--cap-add')) {
            if (/^(all|(cap_)?sys_admin)$/i.test(cap.value))
                found.push(`\`--cap-add=${cap.value}\``);
        }
        for (const opt of flagValues(command, '--security-opt')) {
            if (/unconfined$|^label[:=]disable$/i.test(opt.value))
                found.push(`\`--security-opt=${opt.value}\``);
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/rules/no-insecure-build-options.ts

/** Atomic's run-command labels: `atomic run` (and readers of the label) execute them as written. */
const RUN_LABELS = new Set(['RUN', 'INSTALL', 'UNINSTALL']);
/* harmony default export */ const no_insecure_build_options = ({
    id: 'no-insecure-build-options',
    title: 'Builds and run labels should not ask for host privileges',
    severity: 'warning',
    tags: ['security', 'least-privilege', 'CWE-250'],
    securitySeverity: 7.5,
    precision: 'very-high',
    rationale: '`RUN --security=insecure` runs the step as a privileged container and `RUN --network=host` puts it on the builder\'s network, where it reaches services on the build host and the cloud metadata endpoint. Any script or package that step runs gets that access too. An Atomic-style `LABEL RUN="docker run --privileged …"` teaches everyone who runs the image to give it root on their host.',
    fix: 'Drop `--security=insecure` and `--network=host`: install what the step needs so it works in the sandbox, and reach services through build secrets (`RUN --mount=type=secret`) or published ports. Remove `--privileged`, host namespaces, `-v /:/host` and the Docker socket from run labels, and document the narrow capability the tool really needs instead.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN --network=host apk add --no-cache ca-certificates\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ instructions }) {
        for (const instruction of instructions) {
            if (instruction.keyword === 'RUN') {
                for (const flag of instruction.flags) {
                    const value = flag.value === undefined ? undefined : (instruction.resolve(flag.value) ?? flag.value);
                    if (flag.name === 'security' && value === 'insecure') {
                        yield { at: flag, message: '`RUN --security=insecure` runs this step as a privileged container, with full access to the build host.' };
                    }
                    else if (flag.name === 'network' && value === 'host') {
                        yield { at: flag, message: "`RUN --network=host` lets this step reach every service on the build host's network." };
                    }
                }
            }
            else if (instruction.keyword === 'LABEL') {
                for (const label of instruction.properties) {
                    const options = RUN_LABELS.has(label.name) && label.value ? hostExposingOptions(label.value) : [];
                    if (options.length) {
                        yield { at: label, message: `\`LABEL ${label.name}\` tells users to run the image with ${options.join(', ')}, which gives it control of their host.` };
                    }
                }
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/trusted-syntax-frontend.ts

/** Docker Hub, however it is spelled. */
const trusted_syntax_frontend_DOCKER_HUB = new Set([undefined, 'docker.io', 'index.docker.io', 'registry-1.docker.io']);
/** Docker's own Dockerfile frontends: the releases and the builds of the development branch. */
const DOCKER_FRONTENDS = new Set(['docker/dockerfile', 'docker/dockerfile-upstream']);
/** A directive's value has no ARGs to resolve. */
const AS_WRITTEN = { resolve: (v) => v };
/* harmony default export */ const trusted_syntax_frontend = ({
    id: 'trusted-syntax-frontend',
    title: "The `# syntax=` directive should name Docker's own Dockerfile frontend",
    severity: 'warning',
    tags: ['security', 'supply-chain', 'CWE-829'],
    securitySeverity: 7.0,
    precision: 'high',
    rationale: 'BuildKit pulls the image named by `# syntax=` and runs it to turn this file into build steps. That frontend decides what goes into the image and can read the build context and the secrets passed to the build, so a third-party frontend (or a typo-squatted name) is code from someone else running with full control of the build.',
    fix: "Use Docker's frontend, e.g. `# syntax=docker/dockerfile:1`, or remove the directive to use the builder's built-in one. If your organisation really maintains its own frontend, pin it by digest and turn this rule off in the configuration.",
    examples: {
        bad: '# syntax=ghcr.io/example/dockerfile-frontend:latest\nFROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n',
        good: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* (dockerfile) {
        for (const directive of syntaxDirectives(dockerfile)) {
            // BuildKit reads the frontend image as the first word; the rest are its arguments.
            const value = directive.value.trim().split(/\s+/)[0];
            const image = parseImageRef({ value: value.toLowerCase(), start: directive.start, end: directive.end }, AS_WRITTEN);
            if (trusted_syntax_frontend_DOCKER_HUB.has(image.registry) && DOCKER_FRONTENDS.has(image.repository ?? ''))
                continue;
            yield { at: directive, message: `\`# syntax=${value}\` makes BuildKit run \`${value}\` to build this file, with access to its context and secrets: use \`docker/dockerfile\`.` };
        }
    }
});
/**
 * The `# syntax=` directives. BuildKit picks the frontend before the file is parsed, and skips a `#!`
 * first line to find it (parser.DetectSyntax), where Docker's parser sees only comments.
 */
function syntaxDirectives({ directives, comments, text }) {
    const found = directives.filter((d) => d.name === 'syntax');
    if (found.length > 0 || !text.startsWith('#!'))
        return found;
    const after = comments.find((c) => c.line === 2 && /^syntax\s*=/i.test(c.text));
    return after ? [{ value: after.text.replace(/^syntax\s*=/i, ''), start: after.start, end: after.end }] : [];
}

;// CONCATENATED MODULE: ./src/rules/no-curl-pipe-shell.ts



/* harmony default export */ const no_curl_pipe_shell = ({
    id: 'no-curl-pipe-shell',
    title: 'Do not pipe a downloaded script into a shell or interpreter',
    severity: 'error',
    tags: ['security', 'supply-chain', 'CWE-494'],
    securitySeverity: 8.0,
    precision: 'high',
    cis: ['4.11'],
    rationale: '`curl … | sh` (on Windows, `iex (iwr …)` or `iex ((New-Object Net.WebClient).DownloadString(…))`) runs whatever the server sends at build time, unseen and unchecked. Whoever controls that server, its CDN, the DNS or the connection (or a truncated download) controls your image, and the next build may run a different script than the one you reviewed.',
    fix: 'Download the script or binary to a file, check it against the SHA-256 checksum or signature its publisher gives (`echo "<sha256>  install.sh" > install.sh.sha256 && sha256sum -c install.sh.sha256`), and only then run it. Better still, install the tool from the distribution\'s signed packages or copy it from a pinned image (`COPY --from=…`).',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://get.example.com/install.sh | sh\nUSER 10001\nCMD ["app"]\n',
        good: 'FROM debian:bookworm-slim\n' +
            'RUN curl -fsSLo /tmp/install.sh https://get.example.com/install.sh \\\n' +
            '  && echo "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  /tmp/install.sh" > /tmp/install.sh.sha256 \\\n' +
            '  && sha256sum -c /tmp/install.sh.sha256 \\\n' +
            '  && sh /tmp/install.sh && rm /tmp/install.sh /tmp/install.sh.sha256\nUSER 10001\nCMD ["app"]\n'
    },
    check: function* (dockerfile) {
        for (const { shell } of dockerfile.instructions) {
            if (!shell)
                continue;
            yield* piped(shell);
            yield* substituted(shell);
        }
    }
});
/** `curl … | sh`, `wget -qO- … | sudo -E bash -`, `curl … | tee x | python3 -`. */
function* piped(script) {
    for (const pipeline of script.pipelines) {
        if (pipeline.commands.length < 2)
            continue; // nothing to pipe into
        const stages = pipeline.commands.map(effective);
        const download = stages.findIndex((c) => isDownload(c) && downloadsToStdout(c));
        if (download < 0)
            continue;
        const shell = stages.slice(download + 1).find((c) => scriptSource(c)?.from === 'stdin');
        if (shell)
            yield problem(stages[download], shell, { start: pipeline.commands[download].start, end: shell.end }, `\`${stages[download].program} … | ${shell.program}\``);
    }
}
/** `bash <(curl …)`, `sh -c "$(curl …)"`, `eval "$(wget -O- …)"`, `python3 <(curl …)`, `bash <<< "$(curl …)"`. */
function* substituted(script) {
    for (const download of script.commands) {
        if (!isDownload(download) || !downloadsToStdout(download))
            continue;
        let outer = download;
        while (outer.context === 'wrapped' && outer.parent)
            outer = outer.parent;
        const host = outer.parent;
        if (!host || (outer.context !== 'substitution' && outer.context !== 'process-substitution'))
            continue;
        const shell = effective(host);
        const source = scriptSource(shell);
        const word = words(host).find((w) => w.start <= download.start && download.end <= w.end);
        const redirect = host.redirects.find((r) => r.target === word);
        const runs = (source?.from === 'file' && source.word === word) ||
            (source?.from === 'code' && word !== undefined && source.words.includes(word)) ||
            (source?.from === 'stdin' && redirect !== undefined && (redirect.op === '<' || redirect.op === '<<<'));
        // PowerShell nests a command in plain parentheses: `iex ((New-Object Net.WebClient).DownloadString('…'))`.
        const open = isPowerShellDownload(download) ? '(' : outer.context === 'substitution' ? '$(' : '<(';
        if (runs)
            yield problem(download, shell, host, `\`${shell.program}\` with \`${open}${download.program} …)\``);
    }
}
function problem(download, shell, at, form) {
    const url = downloadUrls(download)[0]?.value;
    const from = url ? ` from \`${url}\`` : '';
    return {
        at: { start: at.start, end: at.end },
        message: `${form} runs a script downloaded${from} without checking it: anyone who can change what that URL serves controls this build. Download it to a file, verify its checksum or signature, then run it with \`${shell.program}\`.`
    };
}

;// CONCATENATED MODULE: ./src/rules/verify-downloads.ts



/* harmony default export */ const verify_downloads = ({
    id: 'verify-downloads',
    title: 'Verify the checksum or signature of downloaded files before using them',
    severity: 'warning',
    tags: ['security', 'supply-chain', 'CWE-494'],
    securitySeverity: 6.5,
    precision: 'high',
    cis: ['4.11', '4.12'],
    rationale: 'A file fetched with `curl`, `wget` or `ADD <url>` is whatever the server sent that day. If the release was replaced, the CDN or mirror compromised, or the download truncated, extracting, installing or running it puts that content into your image with nothing to notice. A checksum or signature check pins the exact bytes you reviewed and makes the build fail instead.',
    fix: 'Check the file right after downloading it, in the same `RUN`: compare it with the SHA-256 the publisher gives (`echo "<sha256>  app.tgz" > app.tgz.sha256 && sha256sum -c app.tgz.sha256`) or verify its signature (`gpg --verify app.tgz.asc app.tgz`, `cosign verify-blob …`). For `ADD <url>`, add `--checksum=sha256:<hash>`. Download to a file instead of streaming into `tar`, so it can be checked first.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app-1.2.3.tgz \\\n  && tar -xzf /tmp/app.tgz -C /opt\nUSER 10001\nCMD ["/opt/app/bin/app"]\n',
        good: 'FROM debian:bookworm-slim\nRUN curl -fsSLo /tmp/app.tgz https://example.com/app-1.2.3.tgz \\\n' +
            '  && echo "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  /tmp/app.tgz" > /tmp/app.sha256 \\\n' +
            '  && sha256sum -c /tmp/app.sha256 \\\n  && tar -xzf /tmp/app.tgz -C /opt && rm /tmp/app.tgz /tmp/app.sha256\nUSER 10001\nCMD ["/opt/app/bin/app"]\n'
    },
    // `ADD <url>` is left to verify-remote-add, which flags it whether or not the file is used later.
    check: function* (dockerfile) {
        for (const stage of dockerfile.stages) {
            // ONBUILD triggers run later, in another build: they are checked as a group of their own.
            for (const group of [stage.instructions.filter((i) => !i.onbuild), stage.instructions.filter((i) => i.onbuild)]) {
                yield* streamed(group);
                const downloads = new Downloads(group);
                for (const download of downloads.artifacts) {
                    const use = downloads.firstUse(download);
                    if (!use || downloads.verified(download))
                        continue;
                    yield {
                        at: download.at,
                        message: `\`${download.file}\` is downloaded by \`${download.command.program}\` and ${use.how} without a checksum or signature check: verify it before using it.`
                    };
                }
            }
        }
    }
});
/** `curl … | tar -x`: the archive is unpacked as it arrives, so nothing can check it first. */
function* streamed(group) {
    for (const { shell } of group) {
        for (const pipeline of shell?.pipelines ?? []) {
            if (pipeline.commands.length < 2)
                continue; // nothing to pipe into
            const stages = pipeline.commands.map(effective);
            const download = stages.findIndex((c) => isDownload(c) && downloadsToStdout(c));
            const tar = download < 0 ? undefined : stages.slice(download + 1).find(extractsStdin);
            if (!tar)
                continue;
            yield {
                at: { start: pipeline.commands[download].start, end: tar.end },
                message: `\`${stages[download].program} … | ${tar.program}\` unpacks the download as it streams in, so it is never checked against a checksum or signature: download it to a file and verify it first.`
            };
        }
    }
}
/** `tar -x` with no archive, or `-f -`: it extracts what it reads from stdin. */
function extractsStdin(command) {
    const tar = tarExtraction(command);
    return tar !== undefined && tar.archive === undefined;
}

;// CONCATENATED MODULE: ./src/rules/use-pipefail.ts

/** Shells that accept `-o pipefail` (busybox `ash` too); `/bin/sh` may be dash, which did not. */
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'ksh', 'mksh']);
/** An `-o` option cluster whose value is the next word: `-o`, `-eo`, `-euxo`. */
const O_CLUSTER = /^-[a-zA-Z]*o$/;
/**
 * Commands that do not fail on their own: piping them (`echo "<sha>  F" | sha256sum -c -`) hides no
 * failure, and `yes | …` would even break under pipefail when the reader exits first (SIGPIPE).
 */
const NEVER_FAIL = new Set(['echo', 'printf', 'yes']);
/* harmony default export */ const use_pipefail = ({
    id: 'use-pipefail',
    title: 'Set `-o pipefail` before a RUN that pipes',
    severity: 'warning',
    tags: ['reliability'],
    precision: 'high',
    // hadolint's DL4006 spec cases are all in the test file. Beyond them this rule also accepts a
    // `set -o pipefail` earlier in the same RUN (the build fails if the shell lacks it, so the pipe
    // never runs unguarded), a SHELL inherited from the stage this one is built FROM (Docker inherits
    // it), ksh/mksh; and it looks at ONBUILD triggers. DL4006 is only *related*: it flags every pipe,
    // while this rule passes pipes whose status cannot fail the build unnoticed (`if`/`while`
    // conditions, `! a | b`, pipes fed only by `echo`/`printf`/`yes`, `$(…)` given as an argument).
    related: { hadolint: ['DL4006'], trivy: ['DS032'], kics: ['efbf148a'] },
    rationale: 'A RUN fails only when its last command fails, so in `curl -fsSL https://… | tar -xz` a failed download is hidden: `tar` gets an empty stream, the step "succeeds", and the image is built without the files. With `pipefail` any failing command of the pipe fails the step.',
    fix: 'Run pipes under a shell with `pipefail`: put `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `/bin/ash` on Alpine) before the RUN, or start the RUN with `set -o pipefail &&` when its shell supports it.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-c"]\nRUN ls /usr/share/doc | wc -l > /doc-count\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN ls /usr/share/doc | wc -l > /doc-count\nUSER 10001\nCMD ["bash"]\n'
    },
    fixable: true,
    check: function* (dockerfile) {
        for (const instruction of dockerfile.instructions) {
            const script = instruction.shell;
            if (!script || shellHasPipefail(instruction.shellCommand))
                continue;
            const pipe = script.pipelines.find((p) => p.commands.length > 1 && !testedOnly(p) && runByRunShell(p.commands[0]) && !fedByNeverFailing(p) && !statusIgnored(p.commands[0]));
            if (!pipe || script.commands.some((c) => setsPipefail(c) && c.start < pipe.start))
                continue;
            yield use_pipefail_problem(instruction, pipe, dockerfile.text);
        }
    }
});
function use_pipefail_problem(instruction, pipe, text) {
    const [first, last] = [pipe.commands[0], pipe.commands[pipe.commands.length - 1]];
    const message = `\`${label(first)} … | ${label(last)}\` runs without \`pipefail\`, so only the last command's failure fails the build.`;
    const at = { start: pipe.start, end: pipe.end };
    // `set -o pipefail` can only be suggested where the shell is known to support it (dash did not).
    if (!PIPEFAIL_SHELLS.has(use_pipefail_basename(instruction.shellCommand[0] ?? ''))) {
        return { at, message: `${message} Use \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` (or \`/bin/ash\` on Alpine) before it.` };
    }
    // A heredoc script (`RUN <<EOF`) takes `set -o pipefail` as its first line, not as a prefix of the RUN line.
    if (instruction.heredocs.length)
        return { at, message: `${message} Start the script with \`set -o pipefail\`.` };
    const word = instruction.args[0];
    const fix = word && { at: { start: word.start, end: word.end }, text: `set -o pipefail && ${text.slice(word.start, word.end)}` };
    return { at, message: `${message} Start the RUN with \`set -o pipefail &&\`.`, fix };
}
function label(command) {
    const c = effective(command);
    return c.compound ? c.name + '…' : c.program;
}
/**
 * A condition (`if ldd /bin/ls | grep -q "not found"; then exit 1; fi`) picks a branch instead of
 * failing the build, and a negated pipe (`! a | b`) only succeeds more often under pipefail: either
 * way pipefail adds no failure the build would otherwise miss.
 */
function testedOnly(pipe) {
    return pipe.condition === true || pipe.negated;
}
function fedByNeverFailing(pipe) {
    return pipe.commands.slice(0, -1).every((c) => NEVER_FAIL.has(c.program));
}
/** `SHELL ["/bin/bash", "-o", "pipefail", "-c"]`, `["/bin/ash", "-eo", "pipefail", "-c"]`. */
function shellHasPipefail(shell) {
    if (!PIPEFAIL_SHELLS.has(use_pipefail_basename(shell[0] ?? '')))
        return false;
    return shell.some((arg, i) => arg === 'pipefail' && O_CLUSTER.test(shell[i - 1] ?? ''));
}
/** `set -o pipefail`, `set -euxo pipefail`, `set -o errexit -o pipefail`, run by the RUN's own shell. */
function setsPipefail(command) {
    if (command.program !== 'set' || !(command.context === 'top' || command.context === 'heredoc-script') || !runByRunShell(command))
        return false;
    return command.args.some((arg, i) => arg.value === 'pipefail' && O_CLUSTER.test(command.args[i - 1]?.value ?? ''));
}
/**
 * True when the command runs in the RUN's own shell (or a subshell of it): not in the script of a
 * nested `sh -c '…'` or `bash <<EOF`, whose options the SHELL instruction does not set.
 */
function runByRunShell(command) {
    // PowerShell pipes objects, and its errors do not go through the RUN shell's exit status.
    if (command.powershell)
        return false;
    for (let c = command; c; c = c.parent) {
        if (c.context === 'shell-string' || (c.context === 'heredoc-script' && c.parent?.name))
            return false;
    }
    return true;
}
/**
 * True inside `$(…)` or `<(…)` given as an argument (`cp x "$(ls | head -1)"`): the command's own
 * status decides, so pipefail changes nothing. An assignment (`v=$(a | b)`) keeps the status.
 */
function statusIgnored(command) {
    const nested = command.context === 'substitution' || command.context === 'process-substitution';
    return nested && command.parent !== undefined && command.parent.name !== '';
}
function use_pipefail_basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/rules/apt-no-install-recommends.ts



/** `-o APT::Install-Recommends=false` on the command line, or `APT::Install-Recommends "0";` written to apt.conf.d. */
const CONFIGURED = /Install-Recommends\s*(=|\s)\s*["']?(0|false|no|off)\b/i;
/* harmony default export */ const apt_no_install_recommends = ({
    id: 'apt-no-install-recommends',
    title: 'Install apt packages with `--no-install-recommends`',
    severity: 'warning',
    tags: ['security', 'attack-surface'],
    securitySeverity: 3.0,
    precision: 'very-high',
    // hadolint's DL3015 spec cases are all in the test file. Beyond them this rule also looks at
    // `apt install`, and accepts `APT::Install-Recommends "false"` written to apt's configuration
    // earlier in the stage.
    equivalents: { hadolint: ['DL3015'] },
    related: { trivy: ['DS029'], kics: ['7384dfb2'] },
    cis: ['4.3'],
    rationale: 'By default `apt-get install` also installs every package the requested ones *recommend*: often dozens of extra libraries, tools and daemons the image never uses. Each of them is more to download and store, and more code in which a vulnerability can be found and exploited.',
    fix: 'Add `--no-install-recommends` right after `install` (`apt-get install -y --no-install-recommends curl`), and name any recommended package you really need explicitly.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
    },
    fixable: true,
    check: function* (dockerfile) {
        for (const { command, instruction } of runCommands(dockerfile)) {
            const verb = installVerb(command);
            if (!verb || hasFlag(command, '--no-install-recommends') || configured(instruction))
                continue;
            const exact = dockerfile.text.slice(verb.start, verb.end) === verb.raw;
            // In exec form (`RUN ["apt-get", "install", …]`) the flag is one more JSON string.
            const text = instruction.json ? `${verb.raw}, "--no-install-recommends"` : `${verb.raw} --no-install-recommends`;
            yield {
                at: { start: command.start, end: command.end },
                message: `\`${command.program} install\` without \`--no-install-recommends\` also installs every package the requested ones recommend: add the flag.`,
                fix: exact ? { at: { start: verb.start, end: verb.end }, text } : undefined
            };
        }
    }
});
/** The `install` word of `apt-get [options] install …` / `apt install …`. */
function installVerb(command) {
    if (command.program !== 'apt-get' && command.program !== 'apt')
        return undefined;
    const verb = readOptions(command, { short: 'octa', long: ['--option', '--config-file', '--target-release', '--default-release', '--host-architecture'] }).operands[0];
    return verb?.value === 'install' ? verb : undefined;
}
/** True when this RUN, an earlier one of its stage, or one of the stages it is built FROM turns recommends off. */
function configured(instruction) {
    for (let stage = instruction.stage; stage; stage = stage.image.stage) {
        for (const i of stage.instructions) {
            if (i.keyword === 'RUN' && (stage !== instruction.stage || i.start <= instruction.start) && CONFIGURED.test(i.text))
                return true;
        }
    }
    return false;
}

;// CONCATENATED MODULE: ./src/rules/no-orphan-package-update.ts



const no_orphan_package_update_APT = { updates: ['update'], idle: ['clean', 'autoclean', 'auto-clean', 'autoremove', 'auto-remove', 'purge', 'remove'], spec: { short: 'octa', long: ['--option', '--config-file', '--target-release'] } };
const no_orphan_package_update_RPM = { updates: ['makecache'], idle: ['clean', 'remove', 'erase', 'autoremove'], spec: { short: 'cdex', long: ['--setopt', '--enablerepo', '--disablerepo', '--installroot'] } };
const FAMILIES = table({
    'apt-get': no_orphan_package_update_APT,
    apt: no_orphan_package_update_APT,
    'apt-cache': no_orphan_package_update_APT,
    apk: { updates: ['update'], idle: ['del', 'cache', 'info', 'stats', 'audit', 'verify', 'manifest'], spec: { short: 'Xp', long: ['--repository', '--root', '--keys-dir', '--repositories-file', '--cache-dir', '--arch'] } },
    yum: no_orphan_package_update_RPM,
    dnf: no_orphan_package_update_RPM,
    microdnf: no_orphan_package_update_RPM,
    tdnf: no_orphan_package_update_RPM,
    zypper: { updates: ['refresh', 'ref'], idle: ['clean', 'cc', 'addrepo', 'ar', 'removerepo', 'rr', 'modifyrepo', 'mr', 'remove', 'rm'], spec: { short: 'RcD', long: ['--root', '--config', '--reposd-dir', '--cache-dir'] } }
});
/* harmony default export */ const no_orphan_package_update = ({
    id: 'no-orphan-package-update',
    title: 'Refresh the package index in the same RUN that installs packages',
    severity: 'warning',
    tags: ['security', 'patching'],
    securitySeverity: 4.0,
    precision: 'high',
    related: { trivy: ['DS017'], checkov: ['CKV_DOCKER_5'], kics: ['9bae49be'] },
    cis: ['4.7'],
    rationale: 'A RUN that only refreshes the package index (`apt-get update`, `apk update`) stores that index in its own layer. Docker reuses the cached layer on later builds, so an install in a following RUN works from an index that can be weeks old: packages that were since removed from the mirror fail to download, and security fixes published since are not installed.',
    fix: 'Refresh and install in one RUN, and clean up in the same step: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`, or `RUN apk add --no-cache curl` on Alpine.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
    },
    check: function* (dockerfile) {
        for (const commands of commandsByRun(dockerfile)) {
            // Where each package manager last reads its index in this RUN (or a script may): one pass, not one per update.
            const lastRead = new Map();
            for (const c of commands) {
                const reader = runsScript(c) ? 'script' : indexReader(c);
                if (reader)
                    lastRead.set(reader, Math.max(lastRead.get(reader) ?? -1, c.start));
            }
            for (const update of commands) {
                const family = familyOf(update);
                const verb = family && verbOf(update, family);
                if (!verb || !family.updates.includes(verb.value))
                    continue;
                if (Math.max(lastRead.get(family) ?? -1, lastRead.get('script') ?? -1) >= update.start)
                    continue;
                yield {
                    at: { start: update.start, end: update.end },
                    message: `\`${update.program} ${verb.value}\` is not followed by an install in this RUN: the index is baked into a layer of its own and goes stale. Refresh and install in one RUN.`
                };
            }
        }
    }
});
/** The commands of each RUN, shell form or exec form. */
function* commandsByRun(dockerfile) {
    for (const instruction of dockerfile.instructions)
        if (instruction.shell)
            yield instruction.shell.commands;
}
function familyOf(command) {
    return Object.hasOwn(FAMILIES, command.program) ? FAMILIES[command.program] : undefined;
}
function verbOf(command, family) {
    return readOptions(command, family.spec).operands[0];
}
/** The family of a command that reads the package index (`apt-get install`, `apk add`, `apt-cache policy`). */
function indexReader(command) {
    const family = familyOf(command);
    if (!family)
        return undefined;
    const verb = verbOf(command, family)?.value;
    return verb !== undefined && !family.updates.includes(verb) && !family.idle.includes(verb) ? family : undefined;
}
/** A script of the project (`./install-deps.sh`, `bash setup.sh`) may install packages: give it the benefit of the doubt. */
function runsScript(command) {
    return scriptSource(command)?.from === 'file' || (command.name.includes('/') && !/^\/(usr\/)?s?bin\//.test(command.name));
}

;// CONCATENATED MODULE: ./src/rules/data/non-root-images.ts
const REDHAT = new Set(['registry.access.redhat.com', 'registry.redhat.io']);
/** Single repositories, every tag of which runs as the user noted. */
const SINGLE = new Set([
    'docker.io/nginxinc/nginx-unprivileged', // `nginx` (101), listening on 8080
    'docker.io/jenkins/jenkins', // `jenkins` (1000)
    'quay.io/keycloak/keycloak' // 1000
]);
function isNonRootImage(image) {
    const { registry = 'docker.io', repository = '', tag = '' } = image;
    // Distroless publishes `:nonroot` and `:debug-nonroot` (also `:latest-nonroot`-style) variants.
    if (registry === 'gcr.io' && repository.startsWith('distroless/'))
        return /(^|-)nonroot$/.test(tag);
    // Chainguard images run as `nonroot` (65532) except the `-dev` variants and the wolfi-base builder.
    if (registry === 'cgr.dev' && repository.startsWith('chainguard/'))
        return !/(^|-)dev$/.test(tag) && repository !== 'chainguard/wolfi-base';
    // Red Hat's OpenJDK images (`ubi8/openjdk-17`, `ubi9/openjdk-21-runtime`) and JBoss EAP OpenShift images
    // (`jboss-eap-7/eap74-openjdk11-openshift-rhel8`) run as `jboss` (185).
    if (REDHAT.has(registry) && (/^ubi\d+\/openjdk-\d+(-runtime)?$/.test(repository) || /^jboss-eap-[67]\/eap\d+(-openjdk\d+)?-openshift(-rhel\d+)?$/.test(repository)))
        return true;
    // The same EAP images by their OpenShift image stream name (`FROM jboss-eap64-openshift:1.4`).
    if (/^jboss-eap\d+-openshift$/.test(repository))
        return true;
    return SINGLE.has(`${registry}/${repository}`);
}

;// CONCATENATED MODULE: ./src/rules/missing-user.ts



/* harmony default export */ const missing_user = ({
    id: 'missing-user',
    title: 'The final stage should set a non-root USER',
    severity: 'warning',
    tags: ['security', 'least-privilege', 'CWE-250'],
    securitySeverity: 7.0,
    precision: 'high',
    related: { trivy: ['DS002'], checkov: ['CKV_DOCKER_3'], kics: ['fd54f200'] },
    cis: ['4.1'],
    rationale: 'Without a `USER` instruction the container runs as the base image\'s user, which for almost every base image (and always for `scratch`) is root. Any code execution bug in the app then gives the attacker root inside the container, write access to everything in the image, and a much shorter path to escaping onto the host through a kernel or runtime flaw.',
    fix: 'Add a `USER` with an unprivileged numeric UID as the last `USER` of the final stage, after the steps that need root: create the user (`RUN adduser -D -u 10001 app` on Alpine, `RUN useradd -u 10001 -m app` on Debian) or, for `scratch` and distroless images, just write `USER 65532`. Make sure the files the app writes belong to that user.',
    examples: {
        bad: 'FROM alpine:3.20\nCOPY --chmod=0755 app /usr/local/bin/app\nCMD ["app"]\n',
        good: 'FROM alpine:3.20\nCOPY --chmod=0755 app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
    },
    check: function* (dockerfile) {
        const stage = dockerfile.finalStage;
        if (!stage || finalUser(stage))
            return;
        const chain = finalStages(dockerfile);
        const base = chain[chain.length - 1].image;
        // An unknown base (`FROM $BASE`, or a placeholder such as `FROM BASEIMAGE` that a script replaces)
        // may set a user; Windows images have no root.
        if ((!base.scratch && !isPinnable(base)) || isNonRootImage(base) || stage.windows)
            return;
        // A `scratch` image with no CMD or ENTRYPOINT holds files only: it never runs.
        if (isFilesOnly(chain))
            return;
        const via = chain.length > 1 ? ` (nor do the stages it is built FROM, down to \`${base.raw}\`)` : '';
        const runs = base.scratch ? '`scratch` images run as root' : `\`${base.raw}\` runs as root unless it sets a user itself`;
        yield { at: stage.from, message: `The final stage never sets \`USER\`${via}: ${runs}. Add \`USER 10001\` (or another unprivileged UID).` };
    }
});

;// CONCATENATED MODULE: ./src/rules/no-sudo.ts

/* harmony default export */ const no_sudo = ({
    id: 'no-sudo',
    title: 'Do not use sudo in RUN',
    severity: 'warning',
    tags: ['security', 'least-privilege', 'CWE-250'],
    securitySeverity: 5.0,
    precision: 'very-high',
    equivalents: { hadolint: ['DL3004'] },
    related: { trivy: ['DS010'], checkov: ['CKV2_DOCKER_1'], kics: ['8ada6e80'] },
    rationale: '`RUN` already runs as root unless a `USER` says otherwise, so `sudo` either does nothing or means the image lets its non-root user become root through sudo, which undoes the point of running as non-root. sudo also needs a TTY for some settings and changes the environment and signal handling in ways that make builds behave unpredictably.',
    fix: 'Remove `sudo`. Put the steps that need root before the final `USER` (or wrap them in `USER root` … `USER 10001`). To drop from root to another user when the container starts, use `gosu`, `su-exec` or `setpriv`, not sudo.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nUSER root\nRUN sudo apt-get update\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
    },
    fixable: true,
    check: function* (dockerfile) {
        for (const { command, instruction } of runCommands(dockerfile)) {
            if (command.program !== 'sudo' || !command.nameWord)
                continue;
            const message = '`sudo` in `RUN`: build steps already run as root unless a `USER` says otherwise, and sudo in the image lets its user become root.';
            // Dropping `sudo` changes nothing only when nothing is passed to it and root is known to be in effect.
            const inner = command.inner;
            const plain = inner && command.args[0] === inner.nameWord;
            const fix = plain && runsAsRoot(instruction) ? { at: { start: command.nameWord.start, end: inner.start }, text: '' } : undefined;
            yield { at: command.nameWord, message, fix };
        }
    }
});
/** True when a `USER root`/`USER 0` is known to be in effect where the RUN runs. */
function runsAsRoot(instruction) {
    const stage = instruction.stage;
    if (!stage || instruction.onbuild)
        return false;
    const before = stage.instructions.slice(0, stage.instructions.indexOf(instruction));
    const user = before.reverse().find((i) => i.keyword === 'USER' && !i.onbuild) ?? (stage.image.stage && finalUser(stage.image.stage));
    const name = user?.args[0] && user.resolve(user.args[0].value);
    return name !== undefined && isRootUser(name);
}

;// CONCATENATED MODULE: ./src/rules/no-password-in-image.ts


/** `-p` values that lock the account instead of setting a password. */
const LOCKED = new Set(['*', '!', '!!', '!*', 'x']);
/* harmony default export */ const no_password_in_image = ({
    id: 'no-password-in-image',
    title: 'Do not set account passwords in the image',
    severity: 'error',
    tags: ['security', 'secrets', 'CWE-259'],
    securitySeverity: 7.5,
    precision: 'high',
    related: { checkov: ['CKV2_DOCKER_17'] },
    cis: ['4.10'],
    rationale: 'A password set in a RUN step is written into the image: the command line (often with the password itself) is kept in the image history that anyone who can pull the image can read, and the hash stays in `/etc/shadow` where it can be cracked offline. Every container from the image then shares that password, and a login password is rarely needed in a container at all.',
    fix: 'Leave the account without a password (`useradd` and `adduser -D` create it locked) and do not log in to containers: use `docker exec`. If something really needs a credential at run time, pass it as a secret when the container starts, not when the image is built.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app && echo "app:changeme" | chpasswd\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app\nUSER 10001\nCMD ["bash"]\n'
    },
    check: function* (dockerfile) {
        // Every stage counts: a password typed into the Dockerfile is in the repository whichever stage runs it.
        for (const { command } of runCommands(dockerfile))
            yield* passwordSet(command);
    }
});
function* passwordSet(command) {
    const name = command.nameWord;
    if (!name)
        return;
    if (command.program === 'chpasswd') {
        yield { at: name, message: '`chpasswd` sets an account password that stays in the image (its history and `/etc/shadow`).' };
    }
    else if (command.program === 'useradd' || command.program === 'usermod') {
        const read = readOptions(command, { short: command.program === 'useradd' ? 'bcdefgGKkpsuRPZ' : 'cdefgGlpsuRPZvVwW', long: ['--password'] });
        for (const value of valuesOf(read, '-p', '--password')) {
            if (!LOCKED.has(value.value))
                yield { at: value, message: `\`${command.program} -p\` sets an account password that stays in the image (its history and \`/etc/shadow\`).` };
        }
    }
    else if (command.program === 'passwd') {
        // `passwd --stdin` (Red Hat) or a password piped in: `echo pw | passwd user`.
        let outer = command;
        while (outer.context === 'wrapped' && outer.parent)
            outer = outer.parent;
        const piped = outer.pipeline.commands.indexOf(outer) > 0 || outer.redirects.some((r) => r.op === '<' || r.op.startsWith('<<'));
        const read = readOptions(command, { short: '' });
        const other = read.options.some((o) => o.name !== '--stdin');
        if (read.options.some((o) => o.name === '--stdin') || (piped && !other)) {
            yield { at: name, message: '`passwd` reading a password from input sets an account password that stays in the image (its history and `/etc/shadow`).' };
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/data/file-modes.ts
// The permission modes a Dockerfile sets: `chmod MODE`, `install -m MODE`, `mkdir -m MODE` and
// `COPY/ADD --chmod=MODE`, read the way chmod reads them, for the rules about setuid bits and
// world-writable files.


/**
 * What a mode adds: numeric (`4755`, `0777`) or symbolic (`u+s`, `g=rwxs`, `a+w,o-x`). Undefined when
 * the text is not a mode. A symbolic `+w` with no `u`/`g`/`o`/`a` is filtered by the umask, so it does
 * not count as world-writable.
 */
function modeBits(mode) {
    if (/^[0-7]{1,5}$/.test(mode)) {
        const n = parseInt(mode, 8);
        return { setuid: (n & 0o4000) !== 0, setgid: (n & 0o2000) !== 0, sticky: (n & 0o1000) !== 0, worldWritable: (n & 0o002) !== 0 };
    }
    const bits = { setuid: false, setgid: false, sticky: false, worldWritable: false };
    for (const clause of mode.split(',')) {
        const match = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
        if (!match)
            return undefined;
        const who = match[1];
        const all = who === '' || who.includes('a');
        for (const [, op, perms] of match[2].matchAll(/([-+=])([rwxXst]*|[ugo])/g)) {
            if (op === '-')
                continue;
            if (perms.includes('s') && (all || who.includes('u')))
                bits.setuid = true;
            if (perms.includes('s') && (all || who.includes('g')))
                bits.setgid = true;
            if (perms.includes('t') && (all || who.includes('o')))
                bits.sticky = true;
            if (perms.includes('w') && who !== '' && (who.includes('a') || who.includes('o')))
                bits.worldWritable = true;
        }
    }
    return bits;
}
/** Every mode the Dockerfile sets whose value is known, in source order (found once per file: two rules ask). */
function modeSettings(dockerfile) {
    return perFile(dockerfile, allModeSettings);
}
function allModeSettings(dockerfile) {
    return [...findModeSettings(dockerfile)];
}
function* findModeSettings(dockerfile) {
    for (const { command, instruction } of runCommands(dockerfile)) {
        const found = commandMode(command);
        const mode = found && (found.word.literal ? found.word.value : instruction.resolve(found.word.value));
        const bits = mode === undefined ? undefined : modeBits(mode);
        if (!found || mode === undefined || !bits)
            continue;
        const how = `${command.program} ${found.option}${found.option ? ' ' : ''}${found.word.value}`;
        yield { mode, bits, at: found.word, how, paths: found.paths.map((p) => p.value), recursive: found.recursive, instruction };
    }
    for (const instruction of dockerfile.instructions) {
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD')
            continue;
        const flag = instruction.flags.find((f) => f.name.toLowerCase() === 'chmod');
        const mode = flag?.value && instruction.resolve(flag.value);
        const bits = mode ? modeBits(mode) : undefined;
        if (!flag?.value || !mode || !bits)
            continue;
        const destination = copyDestination(instruction);
        const at = { start: flag.end - flag.value.length, end: flag.end };
        yield { mode, bits, at, how: `${instruction.keyword} --chmod=${flag.value}`, paths: destination ? [destination.value] : [], recursive: true, instruction };
    }
}
function commandMode(command) {
    if (command.program === 'chmod') {
        // `chmod -w f` and `chmod -s f` are modes that look like options; they only remove bits.
        const read = readOptions(command, { short: '', long: ['--reference'] });
        if (read.options.some((o) => o.name === '--reference'))
            return undefined;
        const [word, ...paths] = read.operands;
        const recursive = read.options.some((o) => o.name === '-R' || o.name === '--recursive');
        return word && { word, option: '', paths, recursive };
    }
    if (command.program === 'install' || command.program === 'mkdir') {
        const read = readOptions(command, { short: command.program === 'install' ? 'mgotS' : 'm', long: ['--mode', '--owner', '--group', '--target-directory', '--suffix'] });
        const word = read.options.find((o) => o.name === '-m' || o.name === '--mode')?.value;
        return word && { word, option: '-m', paths: read.operands, recursive: false };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/rules/no-setuid.ts



/* harmony default export */ const no_setuid = ({
    id: 'no-setuid',
    title: 'Do not add setuid or setgid bits',
    severity: 'error',
    tags: ['security', 'least-privilege', 'CWE-250'],
    securitySeverity: 7.0,
    precision: 'high',
    cis: ['4.8'],
    rationale: 'A setuid program runs as its owner (usually root) whoever starts it, and a setgid one with its group. Running the container as a non-root user only helps if nothing in the image hands root back: one bug in a setuid binary, or a setuid shell or interpreter, lets any process in the container become root again.',
    fix: 'Drop the `s` bit (`chmod 0755` instead of `4755`, no `u+s`/`g+s`) and give the program what it needs another way: run it as the right user, or grant one capability at run time (`docker run --cap-add`). To strip the bits the base image ships, end the final stage with `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +` (check nothing you rely on breaks).',
    examples: {
        bad: 'FROM alpine:3.20\nCOPY --chmod=0755 app /usr/local/bin/app\nRUN chmod u+s /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n',
        good: 'FROM alpine:3.20\nCOPY --chmod=0755 app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n'
    },
    check: function* (dockerfile) {
        let directories;
        // Every stage counts: a build stage has no use for a setuid bit except to COPY the file out with it.
        for (const setting of modeSettings(dockerfile)) {
            const { bits, how, paths } = setting;
            if (!bits.setuid && !bits.setgid)
                continue;
            // On a directory no program runs: setgid only makes new files inherit its group (a common,
            // harmless idiom) and Linux ignores setuid. `-R` reaches the files inside, so it still counts.
            const stage = setting.instruction.stage;
            const known = (directories ??= knownDirectories(dockerfile)); // only for files that set one of the bits
            const madeEarlier = (p) => (known.get(p.replace(/(.)\/+$/, '$1')) ?? []).some((d) => d.stage === stage && d.at.start < setting.at.start);
            const onDirectories = !setting.recursive && paths.length > 0 && paths.every(madeEarlier);
            if (onDirectories)
                continue;
            const bit = bits.setuid && bits.setgid ? 'setuid and setgid bits' : bits.setuid ? 'setuid bit' : 'setgid bit';
            const on = paths.length ? ` on \`${paths.join(' ')}\`` : '';
            yield { at: setting.at, message: `\`${how}\` sets the ${bit}${on}: the program runs with its owner's privileges whoever starts it.` };
        }
    }
});
/** Paths the Dockerfile creates as directories (`mkdir`, `WORKDIR`, `install -d`): where, in which stage. */
function knownDirectories(dockerfile) {
    const directories = new Map();
    const add = (path, stage, at) => {
        const key = path.replace(/(.)\/+$/, '$1');
        directories.set(key, [...(directories.get(key) ?? []), { stage, at }]);
    };
    for (const { command, instruction } of runCommands(dockerfile)) {
        const isDirectory = command.program === 'mkdir' || (command.program === 'install' && command.args.some((a) => /^(-[a-zA-Z]*d[a-zA-Z]*|--directory)$/.test(a.value)));
        if (isDirectory)
            for (const path of positionals(command, ['-m', '--mode', '-o', '-g']))
                add(path.value, instruction.stage, command);
    }
    for (const workdir of instructionsOf(dockerfile, 'WORKDIR'))
        if (workdir.args[0])
            add(workdir.args[0].value, workdir.stage, workdir);
    return directories;
}

;// CONCATENATED MODULE: ./src/shell/writes.ts
// Which files a command writes, for rules about sensitive paths (`/etc/sudoers`, `/etc/shadow`,
// `~/.npmrc`, apt sources): redirects, `tee`, copies, in-place edits.


/** Copy-like tools: the destination is the last operand, or the `-t DIR` value. */
const COPIERS = table({ cp: 'tS', mv: 'tS', install: 'mgotS', ln: 'tS' });
/**
 * The files a command writes or replaces, as written: its `>`/`>>`/`&>` targets, the files of `tee`,
 * the destination of `cp`/`mv`/`install`/`ln`, the files `sed -i` edits, the `of=` of `dd`.
 * A wrapper's redirect belongs to the wrapper (`sudo echo x > f` writes as the caller), so each
 * command of a wrapper chain reports only its own.
 */
function writtenFiles(command) {
    const files = [];
    for (const r of command.redirects)
        if (r.target && /^(>|>>|>\||&>|&>>)$/.test(r.op))
            files.push(r.target);
    const program = command.program;
    if (program === 'tee') {
        files.push(...readOptions(command, { short: '' }).operands);
    }
    else if (COPIERS[program]) {
        const read = readOptions(command, { short: COPIERS[program], long: ['--target-directory', '--suffix', '--mode', '--owner', '--group'] });
        const target = read.options.find((o) => o.name === '-t' || o.name === '--target-directory')?.value;
        const directoryOnly = program === 'install' && read.options.some((o) => o.name === '-d' || o.name === '--directory');
        if (target)
            files.push(target);
        else if (read.operands.length >= 2 && !directoryOnly)
            files.push(read.operands[read.operands.length - 1]);
    }
    else if (program === 'sed') {
        const read = readOptions(command, { short: 'efl', long: ['--expression', '--file', '--line-length'] });
        const inPlace = read.options.some((o) => o.name === '-i' || o.name.startsWith('--in-place'));
        // Without -e/-f the first operand is the script, not a file.
        const scripted = read.options.some((o) => ['-e', '-f', '--expression', '--file'].includes(o.name));
        if (inPlace)
            files.push(...read.operands.slice(scripted ? 0 : 1));
    }
    else if (program === 'dd') {
        for (const arg of command.args)
            if (arg.value.startsWith('of='))
                files.push({ ...arg, value: arg.value.slice(3) });
    }
    return files.length ? files.filter((f) => f.value !== '-' && !f.value.startsWith('/dev/')) : files;
}
/** The paths `rm` deletes, as written: `rm -rf "$tempDir" /var/lib/apt/lists/*`. */
function removedPaths(command) {
    return command.program === 'rm' ? readOptions(command, { short: '' }).operands : [];
}

;// CONCATENATED MODULE: ./src/rules/no-world-writable.ts




/** Shared scratch and runtime (socket, lock) directories, where `1777` (writable by all, sticky) is the norm. */
const SCRATCH = /(^|\/)(tmp|temp)(\/|$)|^\/(dev\/shm|run|var\/run|var\/lock)(\/|$)/;
/* harmony default export */ const no_world_writable = ({
    id: 'no-world-writable',
    title: 'Do not make files or directories writable by every user',
    severity: 'warning',
    tags: ['security', 'least-privilege', 'CWE-732'],
    securitySeverity: 5.5,
    precision: 'high',
    rationale: 'A world-writable file (`777`, `666`, `o+w`) can be changed by any process in the container, whatever user it runs as. If it is code, configuration or a script the app runs, an attacker who gets a foothold as one user can plant their own code there and have it run by another, or by the app at its next start.',
    fix: 'Give ownership to the user that needs to write (`chown 10001 /app/data`, `COPY --chown=10001`) and use `755`/`644` (or `750`/`640`). For a shared scratch directory use the sticky bit: `chmod 1777 /tmp/cache`. A `umask` should mask others\' write: `umask 022`.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN mkdir -p /app/data && chmod -R 777 /app\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nRUN mkdir -p /app/data && chown 10001 /app/data && chmod 755 /app/data\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* (dockerfile) {
        const image = inImage(dockerfile);
        for (const setting of modeSettings(dockerfile)) {
            const { bits, how, paths } = setting;
            if (!bits.worldWritable || !image(setting.instruction) || removedLater(setting))
                continue;
            if (bits.sticky && paths.length > 0 && paths.every((p) => SCRATCH.test(p)))
                continue;
            const what = paths.length ? `\`${paths.join(' ')}\`${setting.recursive ? ' (and everything in it)' : ''}` : 'the files';
            const sticky = !bits.sticky && paths.some((p) => SCRATCH.test(p)) ? ' For a shared scratch directory use `1777` (sticky).' : '';
            yield { at: setting.at, message: `\`${how}\` makes ${what} writable by every user in the container.${sticky}` };
        }
        yield* openUmasks(dockerfile, image);
    }
});
/** True for instructions whose files end up in the image: build stages the image is not built FROM are thrown away. */
function inImage(dockerfile) {
    const stages = new Set(finalStages(dockerfile));
    return (instruction) => instruction.stage !== undefined && stages.has(instruction.stage);
}
/**
 * True when a later command of the same RUN deletes every path the mode was set on (or a directory
 * holding it): `chmod 777 "$tempDir" && … && rm -rf "$tempDir"` leaves nothing in the layer.
 * Paths are compared as written, so the same word or variable must be removed.
 */
function removedLater(setting) {
    const commands = setting.instruction.shell?.commands ?? [];
    const removed = commands.filter((c) => c.start > setting.at.end).flatMap((c) => removedPaths(c).map((w) => no_world_writable_normalize(w.value)));
    if (!removed.length || !setting.paths.length)
        return false;
    return setting.paths.map(no_world_writable_normalize).every((path) => removed.some((r) => r !== '' && (path === r || path.startsWith(`${r}/`))));
}
/** `${dir}/` and `$dir` are the same path. */
function no_world_writable_normalize(path) {
    return path.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, '$$$1').replace(/\/+$/, '');
}
/** `umask 000` and the like: everything the rest of the RUN creates is world-writable. */
function* openUmasks(dockerfile, image) {
    for (const { command, instruction } of runCommands(dockerfile)) {
        const mask = command.program === 'umask' ? positionals(command)[0] : undefined;
        if (!mask || !image(instruction) || !/^[0-7]{1,4}$/.test(mask.value) || (parseInt(mask.value, 8) & 0o002) !== 0)
            continue;
        yield { at: mask, message: `\`umask ${mask.value}\` lets every file and directory created after it be writable by every user in the container.` };
    }
}

;// CONCATENATED MODULE: ./src/rules/data/accounts.ts
// Account changes that hand out root powers: joining an admin group, a second UID-0 account, a
// deleted password. Read from useradd/usermod/adduser/addgroup/gpasswd/passwd as shadow-utils,
// Debian's adduser and BusyBox spell them.


/** Groups whose members can become root, or do what root does. */
const ADMIN_GROUPS = table({
    sudo: 'may use `sudo` to become root',
    wheel: 'may use `sudo`/`su` to become root',
    admin: 'may use `sudo` to become root',
    docker: 'controls the Docker daemon, which is root on the host when its socket is mounted',
    disk: 'can read and write the raw disks',
    shadow: 'can read the password hashes',
    adm: 'can read the system logs',
    root: "is root's own group",
    '0': "is root's own group"
});
const accounts_SPECS = table({
    useradd: { short: 'bcdefgGKkpsuRPZ', long: ['--base-dir', '--comment', '--home-dir', '--expiredate', '--inactive', '--gid', '--groups', '--key', '--skel', '--password', '--shell', '--uid', '--root', '--prefix', '--selinux-user'] },
    usermod: { short: 'cdefgGlpsuRPZvVwW', long: ['--comment', '--home', '--expiredate', '--inactive', '--gid', '--groups', '--login', '--password', '--shell', '--uid', '--root', '--prefix'] },
    // BusyBox's short options; Debian's adduser spells them long (`--uid`, `--ingroup`).
    adduser: { short: 'hgsGku', long: ['--home', '--shell', '--gecos', '--uid', '--gid', '--ingroup', '--firstuid', '--lastuid', '--conf', '--comment'] },
    addgroup: { short: 'g', long: ['--gid', '--conf'] },
    gpasswd: { short: 'adMAR', long: ['--add', '--delete', '--members', '--administrators', '--root'] }
});
function accountGrants(command) {
    const program = command.program;
    if (program === 'passwd') {
        const deleted = readOptions(command, { short: '' }).options.some((o) => o.name === '-d' || o.name === '--delete');
        return deleted && command.nameWord ? [{ at: command.nameWord, message: '`passwd -d` deletes the password: anyone in the container can `su` to that account without one.' }] : [];
    }
    const spec = accounts_SPECS[program];
    if (!spec)
        return [];
    const read = readOptions(command, spec);
    const grants = [];
    for (const { group, how, primary } of joinedGroups(program, read)) {
        for (const name of group.value.split(',')) {
            const power = ADMIN_GROUPS[name];
            // Primary group 0 is how OpenShift-friendly images let an arbitrary UID own the app's files.
            if (power && !(primary && (name === 'root' || name === '0'))) {
                grants.push({ at: group, message: `\`${program} ${how}\` adds a user to the group \`${name}\`, which ${power}.` });
            }
        }
    }
    const uids = program === 'addgroup' || program === 'gpasswd' ? [] : valuesOf(read, '-u', '--uid');
    for (const uid of uids.filter((u) => /^0+$/.test(u.value))) {
        grants.push({ at: uid, message: `\`${program} -u ${uid.value}\` gives an account UID 0: it is root under another name.` });
    }
    return grants;
}
/** The groups a command puts a user in, as each tool spells it. */
function joinedGroups(program, read) {
    const option = (primary, ...names) => read.options.flatMap((o) => (names.includes(o.name) && o.value ? [{ group: o.value, how: `${o.name} ${o.value.value}`, primary }] : []));
    const [first, second] = read.operands;
    switch (program) {
        case 'useradd':
        case 'usermod':
            return [...option(false, '-G', '--groups'), ...option(true, '-g', '--gid')];
        case 'adduser': // `adduser USER GROUP` (Debian); BusyBox's `-G` and Debian's `--ingroup` set the primary group.
        case 'addgroup': // `addgroup USER GROUP`
            return [
                ...(read.operands.length === 2 ? [{ group: second, how: `${first.value} ${second.value}`, primary: false }] : []),
                ...(program === 'adduser' ? option(true, '-G', '--ingroup', '--gid') : [])
            ];
        case 'gpasswd': // `gpasswd -a USER GROUP`
            return first ? option(false, '-a', '--add').map((member) => ({ group: first, how: `${member.how} ${first.value}`, primary: false })) : [];
        default:
            return [];
    }
}

;// CONCATENATED MODULE: ./src/rules/data/capabilities.ts
// File capabilities granted with `setcap` (`setcap cap_net_raw+ep /usr/bin/ping`): a program that
// carries them gets those root powers whoever runs it.

/**
 * What a `setcap` command grants; undefined when it grants nothing (`setcap -r`, `setcap -v`, a text that only
 * removes, or one that cannot be read, such as `$CAPS`).
 */
function capabilityGrant(command) {
    if (command.program !== 'setcap')
        return undefined;
    const read = readOptions(command, { short: 'n' });
    // `-r` removes capabilities, `-v` only verifies them.
    if (read.options.some((o) => o.name === '-r' || o.name === '-v'))
        return undefined;
    const [word, ...files] = read.operands;
    if (!word?.literal)
        return undefined;
    const capabilities = new Set();
    // The text is clauses separated by spaces: a comma list of names, then operators with flags.
    for (const clause of word.value.trim().toLowerCase().split(/\s+/)) {
        const match = /^([a-z0-9_,]*)((?:[-+=][eip]*)+)$/.exec(clause);
        if (!match)
            return undefined;
        const grants = [...match[2].matchAll(/([-+=])([eip]*)/g)].some(([, op, flags]) => op !== '-' && flags !== '');
        const names = match[1] === '' ? ['all'] : match[1].split(',').filter(Boolean);
        if (grants)
            for (const name of names)
                capabilities.add(name);
    }
    return capabilities.size ? { word, capabilities: [...capabilities], files: files.map((f) => f.value) } : undefined;
}

;// CONCATENATED MODULE: ./src/rules/no-privilege-grants.ts




const SUDOERS = /^\/etc\/sudoers(\.d(\/|$)|$)/;
/* harmony default export */ const no_privilege_grants = ({
    id: 'no-privilege-grants',
    title: 'Do not hand out root powers inside the image',
    severity: 'error',
    tags: ['security', 'least-privilege', 'CWE-269'],
    securitySeverity: 7.5,
    precision: 'high',
    cis: ['4.1'],
    rationale: 'Running as a non-root user only protects the container if that user cannot simply become root again. A sudo rule (worst with `NOPASSWD`), membership of `sudo`/`wheel`/`docker`, a second UID-0 account, a deleted password or a file capability each give whoever takes over the app a short path back to root, and from there a shorter one to the host.',
    fix: 'Do the privileged work at build time, before the final `USER`, instead of granting it at run time: remove the sudoers entry, the group membership, the UID-0 account or the `setcap`. If the app needs one privilege at run time, grant it to the container from outside (`docker run --cap-add`, a Kubernetes `securityContext`), where it is visible and reviewable.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app && usermod -aG sudo app\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nRUN useradd -u 10001 -m app\nUSER 10001\nCMD ["bash"]\n'
    },
    check: function* (dockerfile) {
        // Only what ends up in the image matters: build stages it is not built FROM are thrown away.
        const image = new Set(finalStages(dockerfile));
        for (const { command, instruction } of runCommands(dockerfile)) {
            if (!instruction.stage || !image.has(instruction.stage))
                continue;
            yield* fileGrants(command);
            for (const grant of accountGrants(command))
                yield grant;
            const capability = capabilityGrant(command);
            // Binding a low port alone is no-privileged-port's concern.
            const granted = capability?.capabilities.filter((c) => c !== 'cap_net_bind_service') ?? [];
            if (capability && granted.length) {
                const on = capability.files.length ? `\`${capability.files.join(' ')}\`` : 'a program';
                yield { at: capability.word, message: `\`setcap ${capability.word.value}\` gives ${on} \`${granted.join('`, `')}\` whoever runs it: a bug in it hands those root powers to an attacker.` };
            }
        }
        yield* copiedGrants(dockerfile, image);
    }
});
/** Writes to the files that say who may be root: sudoers, /etc/shadow, /etc/passwd (a UID-0 line). */
function* fileGrants(command) {
    for (const file of writtenFiles(command)) {
        if (SUDOERS.test(file.value)) {
            if (rootOnly(pipelineText(command)))
                continue;
            const how = /NOPASSWD/.test(pipelineText(command)) ? 'a `NOPASSWD` sudo rule: that user can become root without a password' : 'sudo rules: the users they name can become root';
            yield { at: file, message: `Writing \`${file.value}\` adds ${how}.` };
        }
        else if (file.value === '/etc/shadow' || file.value === '/etc/gshadow') {
            yield { at: file, message: `Editing \`${file.value}\` directly changes passwords and account locks, bypassing \`passwd\`/\`usermod\`.` };
        }
        else if (file.value === '/etc/passwd' && /(^|[\s'"])[^:\s'"]+:[^:\s]*:0+:/m.test(pipelineText(command))) {
            yield { at: file, message: 'Writing a line with UID 0 to `/etc/passwd` adds an account that is root under another name.' };
        }
    }
}
/** A sudoers rule's user list: `root` in `root ALL=(ALL) ALL`, `%sudo` in `%sudo ALL=(ALL:ALL) ALL`. */
const SUDOERS_USER = /(?:^|\s)([^\s=]+)[ \t]+[^\s=]+[ \t]*=/gm;
/** True when every sudoers rule written names only root, which already is root (`root ALL=(ALL) ALL`). */
function rootOnly(text) {
    const users = [...text.matchAll(SUDOERS_USER)].map((m) => m[1]);
    return users.length > 0 && users.every((user) => user === 'root');
}
/** What the command's pipeline writes: its arguments and heredocs (only built for a command that writes one of the files above). */
function pipelineText(command) {
    return command.pipeline.commands.flatMap((c) => [...c.args.map((a) => a.value), ...c.redirects.map((r) => r.heredoc?.body ?? '')]).join(' ');
}
/** `COPY sudoers /etc/sudoers.d/app`, `COPY <<EOF /etc/sudoers.d/app`, `COPY sudoers /etc/`. */
function* copiedGrants(dockerfile, image) {
    for (const instruction of dockerfile.instructions) {
        if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !instruction.stage || !image.has(instruction.stage))
            continue;
        const destination = copyDestination(instruction);
        if (!destination)
            continue;
        // Into a directory, each source keeps its own name.
        const targets = destination.value.endsWith('/')
            ? copySources(instruction).map((source) => destination.value + source.value.replace(/\/+$/, '').split('/').pop())
            : [destination.value];
        if (!targets.some((target) => SUDOERS.test(target)))
            continue;
        const nopasswd = instruction.heredocs.some((h) => /NOPASSWD/.test(h.body)) ? ' with `NOPASSWD`' : '';
        yield { at: destination, message: `\`${instruction.keyword}\` to \`${destination.value}\` installs sudo rules${nopasswd}: the users they name can become root.` };
    }
}

;// CONCATENATED MODULE: ./src/rules/no-ssh-port.ts

/* harmony default export */ const no_ssh_port = ({
    id: 'no-ssh-port',
    title: 'Do not expose the SSH port',
    severity: 'warning',
    tags: ['security', 'network'],
    securitySeverity: 5.0,
    precision: 'high',
    related: { trivy: ['DS004'], checkov: ['CKV_DOCKER_1'], kics: ['5907595b'] },
    rationale: 'Exposing port 22 means the container is meant to run an SSH server: one more network service to attack, with keys or passwords baked into the image and shared by every container started from it. Containers are reached with `docker exec` or `kubectl exec`, which need no daemon, no keys and leave an audit trail.',
    fix: 'Remove `22` from `EXPOSE` and the SSH server from the image; use `docker exec -it <container> sh` (or `kubectl exec`) to get a shell. If the image really is an SSH endpoint (a bastion or git server), suppress the finding with a comment saying so.',
    examples: {
        bad: 'FROM alpine:3.20\nEXPOSE 22 8080\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nEXPOSE 8080\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* (dockerfile) {
        // EXPOSE is image metadata: only the final stage and the stages it is built FROM leave any.
        for (const stage of finalStages(dockerfile)) {
            for (const instruction of stage.instructions) {
                if (instruction.keyword !== 'EXPOSE')
                    continue;
                for (const port of exposedPorts(instruction)) {
                    if (port.from > 22 || port.to < 22 || port.protocol !== 'tcp')
                        continue;
                    const shown = port.arg.value === '22' ? '`EXPOSE 22`' : `\`EXPOSE ${port.arg.value}\` (port 22)`;
                    yield { at: port.arg, message: `${shown} is the SSH port: reach containers with \`docker exec\`, not an SSH server.` };
                }
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/no-ssh-server.ts



/** SSH server packages, by package manager family; `openssh` and `ssh` are meta-packages that include the server. */
const SERVERS = table({
    apt: /^(openssh-server|ssh|dropbear(-bin|-run)?|tinysshd)$/,
    apk: /^(openssh|openssh-server(-pam)?|dropbear)$/,
    rpm: /^(openssh-server|dropbear)$/,
    zypper: /^(openssh|openssh-server|dropbear)$/
});
const FAMILY = table({ 'apt-get': 'apt', apt: 'apt', aptitude: 'apt', apk: 'apk', yum: 'rpm', dnf: 'rpm', microdnf: 'rpm', tdnf: 'rpm', zypper: 'zypper' });
/** The client-only package of each meta-package that also brings the server. */
const no_ssh_server_CLIENTS = table({ openssh: 'openssh-client', ssh: 'openssh-client' });
/* harmony default export */ const no_ssh_server = ({
    id: 'no-ssh-server',
    title: 'Do not install an SSH server in the image',
    severity: 'warning',
    tags: ['security', 'network'],
    securitySeverity: 6.0,
    precision: 'high',
    related: { hadolint: ['DL3001'] },
    cis: ['4.3'],
    rationale: 'An SSH server in a container is one more network service to attack and to patch, with host keys and credentials baked into the image and shared by every container started from it. It also sidesteps the runtime: `docker exec` and `kubectl exec` give a shell with no daemon, no keys and an audit trail.',
    fix: 'Remove the SSH server package (and `EXPOSE 22`). Use `docker exec -it <container> sh` or `kubectl exec` to get a shell, and `docker cp`/`kubectl cp` to move files. If the image really is an SSH endpoint (a bastion or git server), suppress the finding with a comment saying so.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends openssh-server \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n',
        good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\nCMD ["bash"]\n'
    },
    check: function* (dockerfile) {
        // Packages installed in a build stage the image is not built FROM are thrown away with it.
        const image = new Set(finalStages(dockerfile));
        for (const { command, instruction } of runCommands(dockerfile)) {
            const servers = SERVERS[FAMILY[command.program]];
            if (!servers || !instruction.stage || !image.has(instruction.stage))
                continue;
            for (const word of installedPackages(command)) {
                // Drop a version or arch: `openssh-server=1:9.2p1-2`, `openssh>9`, `dropbear:amd64`, `openssh-server-8.7p1`.
                const name = word.value.replace(/[=<>~:@].*$/, '').replace(/-\d.*$/, '');
                if (!servers.test(name))
                    continue;
                // `openssh` and `ssh` are meta-packages: people often want only the client in them.
                const client = no_ssh_server_CLIENTS[name] ? ` If the build only needs the \`ssh\` client (git over SSH, scp), install \`${no_ssh_server_CLIENTS[name]}\`.` : '';
                yield { at: word, message: `\`${command.program}\` installs \`${name}\`, which includes an SSH server: reach containers with \`docker exec\` instead.${client}` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/no-privileged-port.ts


/* harmony default export */ const no_privileged_port = ({
    id: 'no-privileged-port',
    title: 'A non-root image should listen on a port above 1023',
    severity: 'note',
    tags: ['correctness', 'least-privilege'],
    precision: 'medium',
    rationale: 'Ports below 1024 are privileged: only root, or a program with `CAP_NET_BIND_SERVICE`, may listen on them. Docker lowers that limit inside containers, but whether Kubernetes or Podman do depends on the runtime and its settings, so an image that runs as a non-root user and listens on port 80 fails to start there. Granting the capability with `setcap` works, but gives the program a root power it does not need.',
    fix: 'Listen on a port of 1024 or above (`8080` instead of `80`, `8443` instead of `443`) and map it when the container runs (`docker run -p 80:8080`, a Kubernetes Service `port: 80, targetPort: 8080`). Then the `setcap cap_net_bind_service` step is not needed either.',
    examples: {
        bad: 'FROM alpine:3.20\nEXPOSE 80\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nEXPOSE 8080\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* (dockerfile) {
        const stages = finalStages(dockerfile);
        const image = new Set(stages);
        let allowed = false;
        for (const { command, instruction } of runCommands(dockerfile)) {
            const grant = capabilityGrant(command);
            if (!grant?.capabilities.includes('cap_net_bind_service') || !instruction.stage || !image.has(instruction.stage))
                continue;
            allowed = true;
            yield { at: grant.word, message: `\`setcap ${grant.word.value}\` lets ${grant.files.length ? `\`${grant.files.join(' ')}\`` : 'a program'} listen on ports below 1024: listening on a port of 1024 or above needs no capability.` };
        }
        const user = stages[0] && finalUser(stages[0]);
        const userArg = user?.args[0];
        const name = userArg && user?.resolve(userArg.value);
        // Root may bind any port, and with the capability granted the port binds. Windows has no privileged ports.
        if (allowed || !userArg || name === undefined || isRootUser(name) || stages[0].windows)
            return;
        for (const instruction of stages.flatMap((s) => s.instructions)) {
            if (instruction.keyword !== 'EXPOSE' || instruction.onbuild)
                continue;
            for (const port of exposedPorts(instruction)) {
                if (port.from >= 1024 || port.from === 0)
                    continue;
                yield { at: port.arg, message: `\`EXPOSE ${port.arg.value}\` is a privileged port, but the image runs as \`${userArg.value}\`: it can listen there only where the container runtime lowers the limit (Docker does; many Kubernetes and Podman setups do not). Use a port above 1023.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/secrets/names.ts
// Which variable and option names hold secrets. One list for every secrets rule, the union of
// hadolint DL3064's names, Trivy DS031's names and BuildKit's SecretsUsedInArgOrEnv tokens, with
// BuildKit's allow-list (`public`, `file`, `version`) widened to the other words that say a name holds
// something *about* a secret rather than the secret itself (`TOKEN_URL`, `PASSWORD_MIN_LENGTH`).
/** Names that are secrets whatever their words say (from DL3064 and DS031). */
const KNOWN = new Set([
    'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
    'AWS_SESSION_TOKEN', 'AZURE_CLIENT_SECRET', 'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD',
    'CI_DEPLOY_PASSWORD', 'CIRCLE_TOKEN', 'DIGITALOCEAN_ACCESS_TOKEN', 'DOCKERHUB_PASSWORD', 'DOCKER_PASSWORD',
    'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN', 'FOSSA_API_KEY',
    'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'GOOGLE_API_KEY', 'HEROKU_API_KEY',
    'HF_TOKEN', 'LANGCHAIN_API_KEY', 'LANGSMITH_API_KEY', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_CLIENT_TOKEN',
    'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY',
    'VAULT_CLIENT_KEY', 'VAULT_TOKEN'
]);
/** Prefixes that expose a variable to front-end bundles; the rest of the name decides (DS031). */
const PREFIXES = /^(VITE_|REACT_APP_)/;
/** Words that make a name a secret on their own (BuildKit's tokens plus `pass`, `passphrase`, `pwd`). */
const SECRET_WORDS = new Set([
    'apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'secrets', 'token',
    'pass', 'passphrase', 'privatekey', 'accesskey', 'apitoken'
]);
/** Run-together words that end in a secret word (`DBPASSWORD`, `CLIENTSECRET`); camelCase is split before this. */
const SECRET_ENDINGS = /(password|passwd|secret|token|apikey)$/;
/** Words that say the variable holds something about a secret (where, how long, which), not the secret. */
const ABOUT = new Set([
    'public', 'file', 'version', // BuildKit's allow-list
    'path', 'dir', 'directory', 'url', 'uri', 'endpoint', 'host', 'port', 'server', 'domain', 'region', 'name', 'id',
    'type', 'mode', 'method', 'provider', 'enabled', 'disabled', 'required', 'length', 'size', 'bits', 'format',
    'algorithm', 'expiry', 'expiration', 'ttl', 'timeout', 'prefix', 'location', 'stdin', 'realm', 'issuer',
    'audience', 'scope', 'dummy', 'gpg', 'pgp', 'gnupg', 'pub', 'fingerprint', 'keyring', 'keyserver', 'policy'
]);
/** The words of a name, lower-case: `githubApiToken` and `GITHUB_API_TOKEN` are both github, api, token. */
function nameWords(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean);
}
/**
 * Every known name, secret word and ending contains one of these (any case), so a name without any
 * is no secret name: most names and options are ruled out with one test. Non-ASCII names go the long
 * way, since case mapping may turn one of their letters into an ASCII one (`\u212A` is `k`).
 */
const MAY_BE_SECRET = /key|auth|credential|pass|pword|secret|token|pwd|[^\x00-\x7f]/i;
/** True when a variable, property or option name says it holds a secret (`NPM_TOKEN`, `db.password`, `--api-key`). */
function isSecretName(name) {
    if (!MAY_BE_SECRET.test(name))
        return false;
    const upper = name.replace(/^-+/, '').toUpperCase().replace(/[-.]/g, '_');
    if (KNOWN.has(upper) || KNOWN.has(upper.replace(PREFIXES, '')))
        return true;
    const words = nameWords(name);
    if (words.some((w) => ABOUT.has(w)))
        return false;
    if (words.length === 2 && words[1] === 'pwd')
        return true; // DB_PWD; `PWD` alone is the working directory
    return words.some((w) => SECRET_WORDS.has(w) || SECRET_ENDINGS.test(w));
}
/** Words before `key` that make it the secret itself: `API_KEY`, `SECRET_KEY`, `AWS_SECRET_ACCESS_KEY`. */
const KEY_KINDS = new Set(['api', 'secret', 'private', 'access', 'client', 'master', 'encryption']);
/**
 * Names whose last word says the value is the credential itself (`--password`, `db.password`,
 * `_authToken`, `SECRET_KEY`), not an id, a file, a user or an auth method. Rules that report a value
 * as a hard-coded secret use this narrower test.
 */
function isCredentialName(name) {
    if (!isSecretName(name))
        return false;
    const words = nameWords(name);
    const last = words[words.length - 1] ?? '';
    if (last === 'key')
        return KEY_KINDS.has(words[words.length - 2] ?? '');
    return SECRET_ENDINGS.test(last) || ['pword', 'pass', 'passphrase', 'apikey', 'pwd', 'privatekey', 'accesskey', 'credentials'].includes(last);
}
/**
 * Variables that name a file holding credentials; the file is what must stay out of the image.
 * From DS031 (AWS_CONFIG_FILE, HF_TOKEN_PATH, GOOGLE_APPLICATION_CREDENTIALS) and the tools' docs.
 */
const CREDENTIAL_FILE_VARS = new Set([
    'GOOGLE_APPLICATION_CREDENTIALS', 'CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE', 'AWS_SHARED_CREDENTIALS_FILE',
    'AWS_CONFIG_FILE', 'AZURE_CLIENT_CERTIFICATE_PATH', 'HF_TOKEN_PATH', 'KUBECONFIG', 'DOCKER_CONFIG',
    'NPM_CONFIG_USERCONFIG', 'NETRC'
]);

;// CONCATENATED MODULE: ./src/rules/no-secrets-in-arg-env.ts

/* harmony default export */ const no_secrets_in_arg_env = ({
    id: 'no-secrets-in-arg-env',
    title: 'Secrets should not be passed with `ARG` or `ENV`',
    severity: 'warning',
    tags: ['security', 'secrets', 'CWE-522'],
    securitySeverity: 7.5,
    precision: 'high',
    // hadolint's DL3064 spec cases (ARG and ENV, plain and in ONBUILD) are all in the test file. The name
    // list is the union of DL3064's, Trivy DS031's and BuildKit's tokens; unlike DL3064 it does not flag
    // names that only describe a secret (`PASSWORD_FILE`, `TOKEN_URL`: BuildKit's allow-list, widened),
    // user names, or variables set to a path or to nothing.
    related: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'], trivy: ['DS031'] },
    cis: ['4.10'],
    rationale: 'A build arg\'s value is recorded in the image history (`docker history`) and in build provenance, and an `ENV` value is stored in the image config (`docker inspect`). Anyone who can pull the image, or read the build cache, can read a token or password passed this way, long after the build.',
    fix: 'Pass build-time secrets as secret mounts, which never reach a layer or the history: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci`, built with `docker build --secret id=npm_token,env=NPM_TOKEN .`. Give runtime secrets to the container when it starts (an orchestrator secret or `docker run -e`), not in the image.',
    examples: {
        bad: 'FROM node:22-alpine\nARG NPM_TOKEN\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n',
        good: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci --omit=dev\nUSER 10001\nCMD ["node", "server.js"]\n'
    },
    check: function* ({ instructions }) {
        for (const instruction of instructions) {
            const { keyword } = instruction;
            if (keyword !== 'ARG' && keyword !== 'ENV')
                continue;
            for (const p of instruction.properties) {
                // A name like GOOGLE_APPLICATION_CREDENTIALS set to a path names a file (no-secret-files looks at
                // that), and `ENV TOKEN=""` clears a variable: neither holds a secret.
                if (!isSecretName(p.name) || p.value === '' || /^~?\//.test(p.value ?? ''))
                    continue;
                const where = keyword === 'ARG'
                    ? 'a build arg\'s value is recorded in the image history and build provenance'
                    : '`ENV` values are stored in the image config, readable by anyone who can pull the image';
                yield { at: p.nameSpan, message: `\`${keyword} ${p.name}\` looks like a secret: ${where}. Use a secret mount instead.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/data/written-text.ts
// Text a Dockerfile writes into files: `echo … > f`, `printf … | tee f`, `cat > f <<EOF`, and
// `COPY <<EOF f`. Rules look in it for configuration lines (`gpgcheck=0`, `[trusted=yes]`).



/** Every piece of text the Dockerfile writes with echo, printf, a heredoc, or a COPY/ADD heredoc (found once per file: several rules ask). */
function writtenTexts(dockerfile) {
    return perFile(dockerfile, allWrittenTexts);
}
function allWrittenTexts(dockerfile) {
    return [...findWrittenTexts(dockerfile)];
}
function* findWrittenTexts(dockerfile) {
    for (const { command } of runCommands(dockerfile)) {
        const printed = printedText(command);
        if (printed)
            yield printed;
        // A heredoc given to a shell is a script, and its commands are listed on their own.
        const tool = effective(command).program;
        if (tool === '' || isInterpreter(tool))
            continue;
        for (const redirect of command.redirects) {
            const heredoc = redirect.heredoc;
            if (heredoc)
                yield { text: heredoc.body, at: { start: heredoc.bodyStart, end: heredoc.bodyStart + heredoc.body.length }, exact: true, files: targets(command) };
        }
    }
    for (const instruction of dockerfile.instructions) {
        if ((instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') || !instruction.heredocs.length)
            continue;
        const destination = copyDestination(instruction)?.value;
        for (const heredoc of instruction.heredocs) {
            const at = { start: heredoc.bodyStart, end: heredoc.bodyStart + heredoc.body.length };
            yield { text: heredoc.body, at, exact: true, files: destination ? [destination] : [] };
        }
    }
}
function printedText(command) {
    let args = command.args;
    if (command.program === 'echo') {
        const options = args.findIndex((a) => !/^-[neE]+$/.test(a.value));
        args = options < 0 ? [] : args.slice(options);
    }
    else if (command.program !== 'printf') {
        return undefined;
    }
    if (!args.length)
        return undefined;
    const text = args.map((a) => a.value).join(' ').replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    return { text, at: { start: args[0].start, end: args[args.length - 1].end }, exact: false, files: targets(command) };
}
/** The files a command's output goes to: its (or its wrapper's) redirects, or a `tee` it runs or pipes into. */
function targets(command) {
    const files = [];
    // A redirect on a wrapper (`sudo echo x > f`) is the wrapper's.
    for (let c = command; c.context === 'wrapped' && c.parent; c = c.parent)
        files.push(...writtenFiles(c.parent));
    for (const stage of command.pipeline.commands)
        if (stage.start >= command.start)
            files.push(...writtenFiles(effective(stage)));
    return files.map((f) => f.value);
}

;// CONCATENATED MODULE: ./src/rules/secrets/credential-uses.ts

/** Header names whose value is a credential. */
const HEADER = /(?:^|[\s="'])(authorization|proxy-authorization|private-token|job-token|x-api-key|api-key|apikey|x-auth-token|x-access-token)\s*:\s*(.*)$/i;
const USERINFO = /\b[a-z][a-z0-9+.-]*:\/\/([^\s/@]+)@/i;
/**
 * `key=value`, `--key=value`, an `.npmrc` line (`//registry/:_authToken=…`) or a URL query parameter
 * (`…?access_token=…&`): the key is group 1, the value group 2.
 */
const KEY_VALUE = /^(?:.*(?:\/:|[?&]))?-{0,2}([A-Za-z_][\w.-]*)=([^&]*)/s;
const CREDENTIAL_OPTIONS = new Set(['--oauth2-bearer']);
/** Clients whose `-p<password>` (attached, as they require) takes the password itself. */
const ATTACHED_PASSWORD = new Set(['mysql', 'mariadb', 'mysqladmin', 'mysqldump', 'mariadb-dump', 'mysqlimport']);
function* credentialUses(command) {
    const words = [...command.assignments, ...command.args];
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const value = word.value;
        const next = words[i + 1];
        if (command.program === 'curl' && (value === '-u' || value === '--user') && next) {
            // `user:password`, or `token:` when a token is the user name and the password is empty.
            const colon = next.value.indexOf(':');
            if (colon >= 0)
                yield { word: next, text: next.value.slice(colon + 1) || next.value.slice(0, colon), how: `with \`curl ${value}\`` };
        }
        else if (/^--[A-Za-z]/.test(value) && !value.includes('=') && (isCredentialName(value) || CREDENTIAL_OPTIONS.has(value)) && next) {
            yield { word: next, text: next.value, how: `as \`${value}\`` };
        }
        else if (/^-p./.test(value) && ATTACHED_PASSWORD.has(command.program)) {
            yield { word, text: value.slice(2), how: `as \`${command.program} -p\`` };
        }
        else if (value === '-p' && next && (command.program === 'sshpass' || command.args.some((a) => a.value === 'login'))) {
            yield { word: next, text: next.value, how: `as the password of \`${command.program} -p\`` };
        }
        else {
            yield* inWord(word);
        }
    }
}
/** Credential positions inside one word: a header, a URL's user info, `key=value`. */
function* inWord(word) {
    const header = HEADER.exec(word.value);
    if (header)
        yield { word, text: header[2], how: `in the \`${header[1]}\` header` };
    const userinfo = USERINFO.exec(word.value);
    if (userinfo) {
        const colon = userinfo[1].indexOf(':');
        yield { word, text: colon < 0 ? userinfo[1] : userinfo[1].slice(colon + 1), how: 'in a URL' };
    }
    const pair = !header && !userinfo ? KEY_VALUE.exec(word.value) : null;
    if (pair && (isCredentialName(pair[1]) || pair[1] === '_auth'))
        yield { word, text: pair[2], how: `as \`${pair[1]}=\`` };
}
/** The names among `names` that `text` expands (`$NAME`, `${NAME}`, `${NAME:-…}`). */
function referenced(text, names) {
    const found = [];
    for (const m of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g))
        if (names.has(m[1]) && !found.includes(m[1]))
            found.push(m[1]);
    return found;
}

;// CONCATENATED MODULE: ./src/rules/secrets/values.ts
const END = '(?![A-Za-z0-9_-])';
/**
 * Token formats with a fixed prefix and length: each one is a live credential of that service. Every
 * match contains one of the `hints`, so most files skip most patterns with an `includes` or two.
 */
const TOKENS = [
    { kind: 'a private key', hints: ['PRIVATE KEY'], pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
    { kind: 'an AWS access key', hints: ['AKIA', 'ASIA'], pattern: new RegExp(`\\b(?:AKIA|ASIA)[0-9A-Z]{16}${END}`, 'g') },
    { kind: 'a GitHub token', hints: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], pattern: new RegExp(`\\bgh[pousr]_[A-Za-z0-9]{36}${END}`, 'g') },
    { kind: 'a GitHub token', hints: ['github_pat_'], pattern: new RegExp(`\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`, 'g') },
    { kind: 'a GitLab token', hints: ['glpat-'], pattern: new RegExp(`\\bglpat-[A-Za-z0-9_-]{20,}${END}`, 'g') },
    { kind: 'a Slack token', hints: ['xox'], pattern: new RegExp(`\\bxox[abprs]-[A-Za-z0-9-]{10,}${END}`, 'g') },
    { kind: 'a Slack webhook URL', hints: ['hooks.slack.com'], pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g },
    { kind: 'a Stripe live key', hints: ['_live_'], pattern: new RegExp(`\\b[rs]k_live_[A-Za-z0-9]{20,}${END}`, 'g') },
    { kind: 'a Google API key', hints: ['AIza'], pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`, 'g') },
    { kind: 'an npm token', hints: ['npm_'], pattern: new RegExp(`\\bnpm_[A-Za-z0-9]{36}${END}`, 'g') },
    { kind: 'a PyPI token', hints: ['pypi-'], pattern: new RegExp(`\\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}${END}`, 'g') },
    { kind: 'a Docker Hub token', hints: ['dckr_pat_'], pattern: new RegExp(`\\bdckr_pat_[A-Za-z0-9_-]{27,}${END}`, 'g') },
    { kind: 'a Hugging Face token', hints: ['hf_'], pattern: new RegExp(`\\bhf_[A-Za-z0-9]{34,}${END}`, 'g') },
    { kind: 'an OpenAI key', hints: ['T3BlbkFJ'], pattern: new RegExp(`\\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}${END}`, 'g') },
    { kind: 'an Anthropic key', hints: ['sk-ant-'], pattern: new RegExp(`\\bsk-ant-[a-z]+\\d\\d-[A-Za-z0-9_-]{80,}${END}`, 'g') },
    { kind: 'a SendGrid key', hints: ['SG.'], pattern: new RegExp(`\\bSG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, 'g') }
];
/** The documentation's sample keys (`AKIAIOSFODNN7EXAMPLE`, `ghp_xxxx…`) are not secrets. */
const SAMPLE = /EXAMPLE|example|x{8}|X{8}|0{12}|\*{4}/;
const URL_PASSWORD = 'a password in a URL';
/** A password in a URL: `scheme://user:password@host`. The password is the second group. */
const URL_CREDENTIALS = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/@'"]+):([^\s/@'"]+)@(?=[A-Za-z0-9[])/dgi;
/** Any hint: one scan rules out every token format for most files. */
const ANY_HINT = new RegExp(TOKENS.flatMap((t) => t.hints.map((hint) => hint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('|'));
/** What URL_CREDENTIALS matches after the scheme: a scan for `://` rules out most files without trying every word. */
const URL_CREDENTIALS_TAIL = /:\/\/[^\s:/@'"]+:[^\s/@'"]+@(?=[A-Za-z0-9[])/;
/** Every secret in `text` found by its shape, with offsets from `base`. */
function findSecrets(text, base = 0) {
    const found = [];
    for (const { kind, hints, pattern } of ANY_HINT.test(text) ? TOKENS : []) {
        if (!hints.some((hint) => text.includes(hint)))
            continue;
        for (const m of text.matchAll(pattern)) {
            if (!SAMPLE.test(m[0]))
                found.push({ kind, value: m[0], start: base + m.index, end: base + m.index + m[0].length });
        }
    }
    for (const m of URL_CREDENTIALS_TAIL.test(text) ? text.matchAll(URL_CREDENTIALS) : []) {
        const [start, end] = m.indices[2];
        const password = m[2];
        if (isLiteralSecret(password))
            found.push({ kind: URL_PASSWORD, value: password, start: base + start, end: base + end });
    }
    return found.sort((a, b) => a.start - b.start);
}
/** Values people write where a secret will go later: not secrets themselves. */
const PLACEHOLDER = /^(?:[x*.?#_-]+|…|pass|password|passwd|secret|token|key|changeme|change[_-]?(?:me|it)|placeholder|dummy|redacted|hidden|example|sample|tests?|testing|none|null|nil|undefined|empty|false|true|yes|no|todo|tbd|fixme|(?:your|my|some)[_-]?\w*|<.*>|\{\{.*\}\}|\[.*\]|%.*%|@.*@)$/i;
/**
 * Words that say a value is not a real secret (`build-time-only`, `dummy_key`, `not-a-secret`). Only
 * values made of lower-case words alone count: a digit or a capital letter makes one look real.
 */
const DUMMY_WORDS = /^[a-z]+(?:[-_][a-z]+)*$/;
const DUMMY_WORD = /^(?:dummy|placeholder|example|changeme|build|only|test|testing|fake|mock|sample|your|xxx+|unused|insecure|not)$/;
/** `build-time-only`, `fake_password`: lower-case words, one of which says the value is a stand-in. */
function isDummyWords(value) {
    return DUMMY_WORDS.test(value) && value.split(/[-_]/).some((w) => DUMMY_WORD.test(w));
}
/**
 * The variable's own name spelled again (`AWS_SECRET_ACCESS_KEY=secretaccesskey`, `API_KEY=api-key`):
 * the value's letters, and nothing else, are most of the name's letters, in order.
 */
function echoesName(value, name) {
    if (!/^[A-Za-z_-]+$/.test(value))
        return false;
    const letters = value.toLowerCase().replace(/[-_]/g, '');
    const of = name.toLowerCase().replace(/[^a-z]/g, '');
    let i = 0;
    for (const c of of)
        if (c === letters[i])
            i++;
    // At least half the name: `ADMIN_PASSWORD=admin` is a default password, not the name spelled again.
    return letters.length >= 3 && letters.length * 2 >= of.length && i === letters.length;
}
/**
 * True when a value written in the Dockerfile is a real secret: not empty, not a reference to a
 * variable or a command's output (`$TOKEN`, `$(cat /run/secrets/t)`), not a path to a secret file,
 * and not a placeholder (given `name`, the one it is assigned to, not that name spelled again).
 */
function isLiteralSecret(value, name) {
    const v = value.trim();
    if (v.length === 0 || /[$`]/.test(v) || v.startsWith('/') || v.startsWith('~/') || PLACEHOLDER.test(v) || isDummyWords(v))
        return false;
    return name === undefined || !echoesName(v, name);
}
/** The secret as a message may show it: a few leading characters, never enough to use it. */
function mask(secret) {
    const shown = secret.slice(0, Math.min(4, Math.floor(secret.length / 4))).replace(/[`\\]/g, '');
    return `\`${shown}…\` (${secret.length} characters)`;
}

;// CONCATENATED MODULE: ./src/rules/secrets/hardcoded.ts
// Where a Dockerfile writes a credential as a literal: `ENV DB_PASSWORD=…`, `--password=…` or
// `--token …` on a command line, `mysql -p…`, and `password: …` lines of files written by a heredoc.
// Shaped tokens (`ghp_…`, `AKIA…`) are found anywhere by `findSecrets`; these are the ones only their
// name gives away.





/** A line of a config file: `KEY=value`, `export KEY=value`, `key: value`, `"key": "value",`. */
const CONFIG_LINE = /^[ \t]*(?:export[ \t]+)?["']?([A-Za-z_][\w.-]*)["']?[ \t]*[=:][ \t]*(.*?)[ \t]*,?[ \t]*$/gm;
/** A `.netrc` line: `machine host login user password secret`. */
const NETRC_LINE = /^[ \t]*machine[ \t].*?[ \t](password)[ \t]+(\S+)/gm;
function* namedSecrets(dockerfile) {
    for (const instruction of dockerfile.instructions) {
        if (!['ENV', 'ARG', 'LABEL'].includes(instruction.keyword))
            continue;
        for (const p of instruction.properties) {
            if (p.value !== undefined && p.valueSpan && isCredentialName(p.name) && isLiteralSecret(p.value, p.name)) {
                yield { name: p.name, value: p.value, ...p.valueSpan };
            }
        }
    }
    for (const { command } of runCommands(dockerfile)) {
        const found = commandSecrets(command);
        if (found.length)
            yield* found;
    }
    for (const written of writtenTexts(dockerfile)) {
        if (!written.exact)
            continue; // echo/printf words are the command's own, looked at above
        for (const m of [...written.text.matchAll(CONFIG_LINE), ...written.text.matchAll(NETRC_LINE)]) {
            const value = unquote(m[2]);
            if (!isCredentialName(m[1]) || !isLiteralSecret(value, m[1]))
                continue;
            const start = written.at.start + m.index + m[0].lastIndexOf(m[2]);
            yield { name: m[1], value, start, end: start + m[2].length };
        }
    }
}
/** Account passwords are no-password-in-image's: `useradd --password <hash>`. */
const ACCOUNT_TOOLS = new Set(['useradd', 'usermod', 'chpasswd', 'passwd']);
/** A list, not a generator: it is asked of every command, and a generator per command cost more than the search. */
function commandSecrets(command) {
    const found = [];
    if (ACCOUNT_TOOLS.has(command.program))
        return found;
    const words = command.assignments.length ? [...command.assignments, ...command.args] : command.args;
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        if (!word.literal)
            continue;
        const assignment = word.value.includes('=') ? KEY_VALUE.exec(word.value) : null;
        if (assignment && isCredentialName(assignment[1]) && isLiteralSecret(assignment[2], assignment[1])) {
            found.push({ name: assignment[1], value: assignment[2], start: word.start, end: word.end });
        }
        else if (/^--[A-Za-z]/.test(word.value) && !word.value.includes('=') && isCredentialName(word.value)) {
            const next = words[i + 1];
            if (next?.literal && !next.value.startsWith('-') && isLiteralSecret(next.value, word.value))
                found.push({ name: word.value, value: next.value, start: next.start, end: next.end });
        }
        else if (ATTACHED_PASSWORD.has(command.program) && /^-p./.test(word.value) && isLiteralSecret(word.value.slice(2))) {
            found.push({ name: '-p', value: word.value.slice(2), start: word.start, end: word.end });
        }
    }
    return found;
}
function unquote(value) {
    return value.replace(/^(["'])(.*)\1$/, '$2');
}

;// CONCATENATED MODULE: ./src/rules/no-hardcoded-secrets.ts


const ROTATE = 'Anyone who can read the repository or pull the image can use it: revoke it, and pass the new one as a secret mount.';
/* harmony default export */ const no_hardcoded_secrets = ({
    id: 'no-hardcoded-secrets',
    title: 'Secrets should not be written in the Dockerfile',
    severity: 'error',
    tags: ['security', 'secrets', 'CWE-798'],
    securitySeverity: 9.5,
    precision: 'high',
    related: { kics: ['a88baa34'] },
    cis: ['4.10'],
    rationale: 'A password, token or private key written in a Dockerfile is in the repository\'s history for good, and in the image too: in an `ENV`, in a layer, or in the command line that `docker history` shows. Anyone who can read either can use it, and deleting the line later does not take it back from them.',
    fix: 'Revoke the credential first: it has leaked. Then keep it out of the file: pass it at build time as a secret mount (`RUN --mount=type=secret,id=db_password …`, built with `docker build --secret id=db_password,env=DB_PASSWORD .`), or give it to the container at run time from your orchestrator\'s secret store.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN apk add --no-cache git \\\n && git clone https://deploy:Tr0ub4dor3@git.example.com/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache git\nRUN --mount=type=secret,id=git_netrc,target=/root/.netrc git clone https://git.example.com/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
    },
    check: function* (dockerfile) {
        // A token in a comment is as leaked as any other; a URL with a password in a comment is an example.
        const inComment = (s) => dockerfile.comments.some((c) => c.start <= s.start && s.end <= c.end);
        const shaped = findSecrets(dockerfile.text).filter((s) => s.kind !== URL_PASSWORD || !inComment(s));
        const problems = shaped.map((s) => ({ at: s, message: `${s.kind[0].toUpperCase()}${s.kind.slice(1)} is written into the Dockerfile: ${mask(s.value)}. ${ROTATE}` }));
        // One finding per secret: a token in `ENV GITHUB_TOKEN=ghp_…` is found by its shape and its name,
        // and its shape says more.
        const overlaps = (a, b) => a.start < b.end && b.start < a.end;
        for (const s of namedSecrets(dockerfile)) {
            if (shaped.some((t) => overlaps(s, t)) || problems.some((p) => overlaps(s, p.at)))
                continue;
            problems.push({ at: s, message: `\`${s.name}\` is given a hard-coded value: ${mask(s.value)}. ${ROTATE}` });
        }
        yield* problems;
    }
});

;// CONCATENATED MODULE: ./src/rules/secrets/logins.ts
// Commands that log a CLI in and store the credential in a file under the user's home directory,
// where it stays in the RUN's layer: `docker login`, `aws configure set aws_secret_access_key`, ….


/** Options that take a value, so that their values are not read as subcommands. */
const VALUED = [
    '-u', '--username', '-p', '--password', '-t', '--access-token', '--profile', '--region', '--output', '--endpoint-url',
    '--project', '--account', '--config', '--context', '-c', '-H', '--host', '--registry', '--token', '--server',
    '--tenant', '--key-file', '--cred-file', '--user', '--kubeconfig', '--namespace', '-n'
];
const PASSWORD = ['-p', '--password', '--password-stdin'];
const REGISTRY = { file: 'the registry auth file (`~/.docker/config.json`)', removedBy: /\.docker|containers\/auth\.json/ };
const registryLogin = (w, c) => (w[0] === 'login' && hasFlag(c, ...PASSWORD) ? REGISTRY : undefined);
const NPM_AUTH = /(^|:)_(authToken|auth|password)(=|$)/;
const CHECKS = table({
    aws: (w) => w[0] === 'configure' && w[1] === 'set' && /(^|\.)aws_(secret_access_key|access_key_id|session_token)$/.test(w[2] ?? '')
        ? { file: '`~/.aws/credentials`', removedBy: /\.aws/ }
        : undefined,
    gcloud: (w, c) => w[0] === 'auth' && (w[1] === 'activate-service-account' || (w[1] === 'login' && hasFlag(c, '--cred-file')))
        ? { file: 'gcloud\'s credential store (`~/.config/gcloud`)', removedBy: /gcloud/ }
        : undefined,
    az: (w, c) => w[0] === 'login' && hasFlag(c, '-p', '--password', '--certificate', '--federated-token')
        ? { file: 'the Azure CLI token cache (`~/.azure`)', removedBy: /\.azure/ }
        : undefined,
    doctl: (w, c) => (w[0] === 'auth' && w[1] === 'init' && hasFlag(c, '-t', '--access-token') ? { file: 'doctl\'s config (`~/.config/doctl`)', removedBy: /doctl/ } : undefined),
    docker: registryLogin,
    podman: registryLogin,
    buildah: registryLogin,
    skopeo: registryLogin,
    nerdctl: registryLogin,
    oras: registryLogin,
    crane: (w, c) => (w[0] === 'auth' ? registryLogin(w.slice(1), c) : undefined),
    helm: (w, c) => (w[0] === 'registry' && w[1] === 'login' && hasFlag(c, ...PASSWORD) ? { file: 'helm\'s registry config', removedBy: /helm/ } : undefined),
    npm: (w) => (npmSet(w) ? { file: '`~/.npmrc`', removedBy: /\.npmrc/ } : undefined),
    pnpm: (w) => (npmSet(w) ? { file: '`~/.npmrc`', removedBy: /\.npmrc/ } : undefined),
    yarn: (w) => w[0] === 'config' && w[1] === 'set' && /^(npmAuthToken|npmAuthIdent)$|_authToken$/.test(w[2] ?? '') ? { file: 'the yarn config (`.yarnrc.yml`)', removedBy: /\.yarnrc/ } : undefined,
    gh: (w, c) => (w[0] === 'auth' && w[1] === 'login' && hasFlag(c, '--with-token') ? { file: '`~/.config/gh/hosts.yml`', removedBy: /\.config\/gh|hosts\.yml/ } : undefined),
    git: (w) => w[0] === 'config' && w.some((a) => /^url\.https?:\/\/[^/@]*[:$][^/@]*@/i.test(a) || /^http\..*extraheader$/i.test(a))
        ? { file: 'the git config (`~/.gitconfig`)', removedBy: /\.gitconfig/ }
        : undefined,
    vault: (w, c) => (w[0] === 'login' && !hasFlag(c, '-no-store') ? { file: '`~/.vault-token`', removedBy: /\.vault-token/ } : undefined),
    kubectl: (w, c) => (w[0] === 'config' && w[1] === 'set-credentials' && hasFlag(c, '--token', '--password') ? { file: 'the kubeconfig (`~/.kube/config`)', removedBy: /\.kube/ } : undefined),
    composer: (w) => w[0] === 'config' && w.some((a) => /^(http-basic|github-oauth|gitlab-oauth|gitlab-token|bitbucket-oauth|bearer)\./.test(a))
        ? { file: 'composer\'s `auth.json`', removedBy: /auth\.json|composer/ }
        : undefined,
    poetry: (w) => (w[0] === 'config' && w.some((a) => /^(http-basic|pypi-token)\./.test(a)) ? { file: 'poetry\'s `auth.toml`', removedBy: /pypoetry|auth\.toml/ } : undefined)
});
/** `npm config set //registry/:_authToken …` / `npm set _auth=…`. */
function npmSet(w) {
    const key = w[0] === 'set' ? w[1] : (w[0] === 'config' || w[0] === 'c') && w[1] === 'set' ? w[2] : undefined;
    return key !== undefined && NPM_AUTH.test(key);
}
const SUBCOMMANDS = new Set(['login', 'configure', 'set', 'auth', 'activate-service-account', 'init', 'registry', 'config', 'set-credentials', 'c']);
/** The login a command performs, if it stores a credential. */
function loginOf(command) {
    const check = CHECKS[command.program];
    if (!check)
        return undefined;
    const words = positionals(command, VALUED).map((w) => w.value);
    const found = check(words, command);
    if (!found)
        return undefined;
    // Name the subcommands only, never an operand: it could be the token itself (`vault login s.…`).
    const sub = words.slice(0, 3).filter((w, i) => SUBCOMMANDS.has(w) && words.slice(0, i).every((v) => SUBCOMMANDS.has(v)));
    return { what: [command.program, ...sub].join(' '), ...found };
}
/** True when `later` logs the tool out or deletes the file `login` wrote. */
function undoes(later, login, tool) {
    if (later.program === tool && positionals(later, VALUED)[0]?.value === 'logout')
        return true;
    return later.program === 'rm' && later.args.some((a) => login.removedBy.test(a.value));
}

;// CONCATENATED MODULE: ./src/rules/no-credentials-in-run.ts


/* harmony default export */ const no_credentials_in_run = ({
    id: 'no-credentials-in-run',
    title: 'A RUN should not log a CLI in and leave its credentials in the layer',
    severity: 'error',
    tags: ['security', 'secrets', 'CWE-522'],
    securitySeverity: 8.0,
    precision: 'high',
    // DS031 flags `aws configure set`, `gcloud auth activate-service-account` and `az login` in RUNs of
    // the final stage that have no secret mount. A secret mount does not help here: the tool copies the
    // credential into its own file, which stays in the layer, so this rule looks at every stage and
    // accepts a RUN only when it deletes that file (or logs out) again.
    related: { trivy: ['DS031'] },
    cis: ['4.10'],
    rationale: 'Logging a CLI in (`docker login`, `aws configure set aws_secret_access_key`, `gcloud auth activate-service-account`, `npm config set …:_authToken`) writes the credential to a file in the home directory. That file is part of the RUN\'s layer: anyone who pulls the image, or a stage built from it, can copy the credential out.',
    fix: 'Let the tool read the credential from a secret mount for just that one command, e.g. `RUN --mount=type=secret,id=aws,target=/root/.aws/credentials aws s3 cp s3://bucket/app.tgz /tmp/` or `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`. If a login cannot be avoided, log out (or delete the file) in the same RUN.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN apk add --no-cache aws-cli\nRUN --mount=type=secret,id=aws_key \\\n    aws configure set aws_secret_access_key "$(cat /run/secrets/aws_key)" \\\n && aws s3 cp s3://releases/app.tgz /tmp/app.tgz\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache aws-cli\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials \\\n    aws s3 cp s3://releases/app.tgz /tmp/app.tgz\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ instructions }) {
        for (const instruction of instructions) {
            const commands = instruction.shell?.commands ?? [];
            for (const command of commands) {
                const login = loginOf(command);
                if (!login || commands.some((later) => runsAfter(later, command) && undoes(later, login, command.program)))
                    continue;
                yield { at: command, message: `\`${login.what}\` stores the credential in ${login.file}, which stays in this layer: mount it as a secret for this command instead.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/secrets/files.ts
// Files that hold credentials, by name. `secretFile` is for files copied into an image: the names that
// are credentials whatever their content. `isCredentialStore` names the files tools read credentials
// from, which a RUN must not write a build arg into.
/** Names whose content is a credential: private keys, key stores, token files, `.env` files. */
const SECRET_FILES = [
    { pattern: /^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/, kind: 'an SSH private key' },
    { pattern: /\.(key|p8)$/i, kind: 'a private key' },
    { pattern: /\.(p12|pfx)$/i, kind: 'a key store (certificates with their private keys)' },
    { pattern: /^(priv)?key\d*\.pem$|private.*\.pem$|[-_.]key\d*\.pem$/i, kind: 'a private key' },
    { pattern: /^[._]netrc$|^\.git-credentials$|^\.pgpass$|^\.pypirc$|^\.vault-token$|^\.s3cfg$/, kind: 'a credentials file' },
    { pattern: /^credentials(\.json)?$/, kind: 'a credentials file' },
    { pattern: /service[-_]?account.*\.json$/i, kind: 'a cloud service-account key' },
    { pattern: /kubeconfig/i, kind: 'a kubeconfig' },
    { pattern: /^\.env(\..+)?$/, kind: 'an environment file' }
];
/** Any of the patterns above, ignoring case: most names match none, and one test says so. */
const MAY_BE_SECRET_FILE = new RegExp(SECRET_FILES.map((f) => `(?:${f.pattern.source})`).join('|'), 'i');
/** Suffixes of templates, samples and public halves: not secrets. */
const NOT_SECRET = /\.(pub|example|sample|template|tmpl|dist|defaults?)$|^\.env\.(example|sample|template|dist|defaults?|test|ci)$/i;
/** Where apt, yum and apk keep the public keys that sign packages (often named `*.key`). */
const PUBLIC_KEY_DIR = /\/(apt|keyrings|rpm-gpg|apk\/keys)(\/|$)|trusted\.gpg/;
const PUBLIC_KEY_NAME = /gpg|pgp|pubkey|public|release|archive|signing-key|repo|apt|yum|rpm/i;
/** What a copied file is, when its name says it holds a credential; `path` is where it lands. */
function secretFile(path, destination = '') {
    const name = files_basename(path);
    if (NOT_SECRET.test(name))
        return undefined;
    if (/(^|\/)\.docker\/config\.json$/.test(path))
        return 'a registry credentials file';
    const found = MAY_BE_SECRET_FILE.test(name) ? SECRET_FILES.find((f) => f.pattern.test(name)) : undefined;
    if (found?.kind === 'a private key' && /\.key$/i.test(name) && (PUBLIC_KEY_DIR.test(destination) || PUBLIC_KEY_NAME.test(name)))
        return undefined;
    return found?.kind;
}
/** Directories that hold nothing but credentials, when they are what a COPY copies. */
function secretDirectory(path) {
    const name = files_basename(path);
    return /^\.(ssh|gnupg)$/.test(name) ? 'a directory of private keys' : /^\.(aws|kube)$/.test(name) ? 'a directory of cloud credentials' : undefined;
}
/**
 * Files people copy in for one step and delete afterwards because they hold a token: not secret by
 * name alone (an `.npmrc` may only set a registry), but deleting one says it was.
 */
const TOKEN_CONFIGS = /^(\.npmrc|\.yarnrc(\.yml)?|pip\.(conf|ini)|settings\.xml|auth\.json|\.gitconfig|nuget\.config|\.condarc)$/i;
/** Files tools read credentials from (`~/.npmrc`, `~/.netrc`, `~/.docker/config.json`, …). */
function isCredentialStore(path) {
    const name = files_basename(path);
    return (/^([._]netrc|\.npmrc|\.yarnrc(\.yml)?|\.pypirc|pip\.conf|\.git-credentials|\.pgpass|\.my\.cnf|\.vault-token|auth\.json|\.s3cfg)$/.test(name) ||
        /(^|\/)(\.docker\/config\.json|\.aws\/credentials|\.kube\/config)$/.test(path));
}
function files_basename(path) {
    const trimmed = path.replace(/\/+$/, '');
    return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/rules/secrets/copies.ts
// What COPY and ADD put into a stage, and where: enough to tell whether a given path in the image
// came from the build context.


/** The COPY and ADD instructions of a stage (ONBUILD triggers left out: they run in another build). */
function copiesOf(stage) {
    const copies = [];
    let workdir = stage.image.scratch ? '/' : undefined;
    for (const instruction of stage.instructions) {
        if (instruction.onbuild)
            continue;
        if (instruction.keyword === 'WORKDIR' && instruction.args[0]) {
            const path = instruction.resolve(instruction.args[0].value);
            workdir = path === undefined ? undefined : absolute(path, workdir);
        }
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD')
            continue;
        const sources = copySources(instruction).filter((s) => !s.value.startsWith('<<'));
        const written = instruction.json ? instruction.json[instruction.json.length - 1] : destinationWord(instruction);
        const resolved = written === undefined ? undefined : instruction.resolve(written);
        const destination = resolved === undefined ? undefined : absolute(resolved, workdir);
        const intoDirectory = /\/$|^\.$/.test(resolved ?? '') || sources.length + instruction.heredocs.length > 1;
        copies.push({ instruction, sources, destination: destination?.replace(/(.)\/+$/, '$1'), intoDirectory });
    }
    return copies;
}
/** The last word before any heredoc body: the destination of `COPY <<EOF /dest` forms too. */
function destinationWord(instruction) {
    const bodies = instruction.heredocs[0]?.bodyStart ?? instruction.end;
    const words = instruction.args.filter((a) => a.start < bodies);
    return words[words.length - 1]?.value.replace(/^(["'])(.*)\1$/s, '$2');
}
/** `path` made absolute against `workdir`; undefined when it is relative and the WORKDIR is unknown. */
function absolute(path, workdir) {
    if (path.startsWith('/'))
        return copies_normalize(path);
    return workdir === undefined ? undefined : copies_normalize(`${workdir}/${path}`);
}
function copies_normalize(path) {
    const parts = [];
    for (const part of path.split('/')) {
        if (part === '..')
            parts.pop();
        else if (part && part !== '.')
            parts.push(part);
    }
    return '/' + parts.join('/');
}
/**
 * True when `path` (absolute) may be a file this COPY put there: the destination itself, a source's
 * name in the destination directory, or anything under it when a source is a directory or a glob.
 */
function mayPlace(copy, path) {
    const { destination } = copy;
    if (!destination || destination === '/')
        return false; // `COPY rootfs/ /` says nothing about one file
    if (path === destination && !copy.intoDirectory)
        return true;
    if (!path.startsWith(destination + '/'))
        return false;
    const relative = path.slice(destination.length + 1);
    return copy.sources.some((s) => {
        const name = files_basename(s.value);
        const isFile = /\.[A-Za-z0-9]+$/.test(name) && !/[*?[]/.test(name) && !s.value.endsWith('/');
        return isFile ? copy.intoDirectory && relative === name : true;
    });
}
/** The base names a COPY gives the files it adds: each source's, or the destination's when it renames one file. */
function addedNames(copy) {
    const names = copy.sources.map((s) => files_basename(s.value));
    if (!copy.intoDirectory && copy.destination)
        names.push(files_basename(copy.destination));
    return names;
}

;// CONCATENATED MODULE: ./src/rules/no-build-arg-credentials.ts




/** The text RUNs write into credential stores (`~/.npmrc`, `~/.netrc`, …), by the RUN that writes it. */
function writtenInto(dockerfile) {
    const byRun = new Map();
    const runs = dockerfile.instructions.filter((i) => i.shell);
    for (const w of writtenTexts(dockerfile)) {
        if (!w.files.some(isCredentialStore))
            continue;
        // The last RUN that starts before the text is the one it is in (an ONBUILD RUN comes after its ONBUILD).
        const run = runs.findLast((r) => r.start <= w.at.start && w.at.end <= r.end);
        if (run)
            byRun.set(run, [...(byRun.get(run) ?? []), w]);
    }
    return byRun;
}
/** The files a `COPY <<EOF dest` writes, as written-text.ts describes them, when BuildKit expands them (unquoted delimiter). */
function heredocFiles(dockerfile, copy) {
    const destination = destinationWord(copy);
    return copy.heredocs
        .filter((h) => destination && !/['"]/.test(dockerfile.text.slice(h.start, h.end)))
        .map((h) => ({ text: h.body, at: { start: h.bodyStart, end: h.bodyStart + h.body.length }, exact: true, files: [destination] }));
}
const expands = (word) => word.value.includes('$');
const message = (arg, how) => `Build arg \`${arg}\` is used as a credential ${how}: build-arg values are recorded in the image history and build provenance. Use a secret mount.`;
/* harmony default export */ const no_build_arg_credentials = ({
    id: 'no-build-arg-credentials',
    title: 'Build args should not carry credentials',
    severity: 'error',
    tags: ['security', 'secrets', 'CWE-522'],
    securitySeverity: 7.5,
    precision: 'high',
    related: { hadolint: ['DL3064'], buildkit: ['SecretsUsedInArgOrEnv'], trivy: ['DS031'] },
    cis: ['4.10'],
    rationale: 'A value passed with `--build-arg` is written into the image history (`docker history` shows it next to every RUN after the `ARG`) and into build provenance, whatever the arg is called. Using one as a password or token therefore publishes that credential to everyone who can pull the image or read the build records.',
    fix: 'Pass the credential as a secret mount and read it only in the RUN that needs it: `RUN --mount=type=secret,id=gh_token,env=GH_TOKEN curl -fsSL -H "Authorization: Bearer $GH_TOKEN" …`, built with `docker build --secret id=gh_token,env=GH_TOKEN .`. Then remove the `ARG`.',
    examples: {
        bad: 'FROM alpine:3.20\nARG GH_PAT\nRUN apk add --no-cache git \\\n && git clone https://x-access-token:${GH_PAT}@github.com/acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache git\nRUN --mount=type=secret,id=git_netrc,target=/root/.netrc git clone https://github.com/acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
    },
    check: function* (dockerfile) {
        const problems = [];
        const written = writtenInto(dockerfile);
        for (const stage of dockerfile.stages) {
            // The build args declared so far in the stage; ONBUILD triggers see only the ARGs of other triggers.
            const declared = { now: new Set(), onbuild: new Set() };
            for (const instruction of stage.instructions) {
                const args = instruction.onbuild ? declared.onbuild : declared.now;
                if (instruction.keyword === 'ARG')
                    for (const p of instruction.properties)
                        args.add(p.name);
                if (!args.size)
                    continue;
                for (const command of instruction.shell?.commands ?? []) {
                    // A use is part of a word, and it names a build arg only with `$`: most commands have none.
                    if (!command.args.some(expands) && !command.assignments.some(expands))
                        continue;
                    for (const use of credentialUses(command)) {
                        for (const arg of referenced(use.text, args))
                            problems.push({ arg, at: use.word, message: message(arg, use.how) });
                    }
                }
                // `echo "…$X…" > ~/.npmrc`, `cat > ~/.netrc <<EOF`, and `COPY <<EOF /root/.npmrc`, which BuildKit
                // expands unless the delimiter is quoted.
                const copyHeredoc = /^(COPY|ADD)$/.test(instruction.keyword) && instruction.heredocs.length > 0;
                for (const w of copyHeredoc ? heredocFiles(dockerfile, instruction) : (written.get(instruction) ?? [])) {
                    const store = w.files.find(isCredentialStore);
                    for (const arg of referenced(w.text, args))
                        problems.push({ arg, at: w.at, message: message(arg, `in a file written to \`${store}\``) });
                }
            }
        }
        // One finding per use: `sh -c '… $X …'` is seen as the shell's string and as the command inside it.
        const inside = (a, b) => b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);
        const seen = new Set();
        for (const p of problems) {
            const key = `${p.arg}@${p.at.start}-${p.at.end}`;
            if (seen.has(key) || problems.some((q) => q.arg === p.arg && inside(q.at, p.at)))
                continue;
            seen.add(key);
            yield p;
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/secrets/secret-copies.ts


const secret_copies_COPIERS = new Set(['cp', 'install', 'rsync']);
/** Where this RUN's secrets are mounted: `/run/secrets/…` and each secret mount's `target`. */
function secretPaths(run) {
    const paths = ['/run/secrets/'];
    for (const f of run.flags) {
        const target = f.options.target ?? f.options.dst ?? f.options.destination;
        if (f.name === 'mount' && f.options.type === 'secret' && target)
            paths.push(target);
    }
    return paths;
}
/** Paths whose content is not part of the layer: mounts of this RUN, /dev and /proc. */
function isPersistent(path, run) {
    if (/^\/(dev|proc)\//.test(path) || path.startsWith('/run/secrets/'))
        return false;
    return !run.flags.some((f) => {
        const target = f.options.target ?? f.options.dst ?? f.options.destination;
        return f.name === 'mount' && target !== undefined && (path === target || path.startsWith(target.replace(/\/?$/, '/')));
    });
}
/** Each place a RUN writes the content of one of its secret mounts into a file of the image. */
function* secretCopies(run) {
    if (!run.shell)
        return;
    const mounts = secretPaths(run);
    // Most RUNs read no secret: skip them without looking at their commands.
    if (!run.shell || (mounts.length === 1 && !run.text.includes('/run/secrets/')))
        return;
    const commands = run.shell.commands;
    const isSecret = (w) => mounts.some((m) => (m.endsWith('/') ? w.value.startsWith(m) : w.value === m));
    for (const command of commands) {
        const secret = command.args.find(isSecret) ?? command.redirects.find((r) => r.op === '<' && r.target && isSecret(r.target))?.target;
        if (!secret)
            continue;
        const targets = secret_copies_COPIERS.has(command.program) ? positionals(command, ['-m', '--mode', '-o', '-g', '--owner', '--group']).slice(-1) : outputsOf(command);
        for (const target of targets) {
            if (target === secret || !isPersistent(target.value, run))
                continue;
            // Deleted again before the RUN ends, so never in the layer: `cp … ~/.npmrc && npm ci && rm ~/.npmrc`.
            const name = files_basename(target.value);
            const removed = commands.some((c) => c.program === 'rm' && runsAfter(c, command) && c.args.some((a) => files_basename(a.value) === name));
            if (!removed)
                yield { secret, target };
        }
    }
}
/**
 * The files a command's output ends up in: its `>`/`>>` redirects, those of the commands it pipes
 * into (and their `tee`), and, for `$(…)` printed by echo/printf, those of the echo.
 */
function outputsOf(command) {
    const files = [];
    for (let c = command; c; c = printedBy(c) ?? (c.context === 'wrapped' ? c.parent : undefined)) {
        for (const stage of c.pipeline.commands) {
            if (stage.start < c.start)
                continue;
            for (const r of stage.redirects)
                if (/^(>|>>|>\||&>|&>>)$/.test(r.op) && r.fd !== '2' && r.target)
                    files.push(r.target);
            const tee = effective(stage);
            if (tee.program === 'tee')
                files.push(...positionals(tee, ['--output-error']));
        }
    }
    return files;
}
/** The echo or printf that prints a `$(…)` in one of its arguments (not `VAR=$(…) cmd`: that is not output). */
function printedBy(command) {
    const parent = command.context === 'substitution' ? command.parent : undefined;
    const printer = parent && effective(parent);
    if (!printer || (printer.program !== 'echo' && printer.program !== 'printf'))
        return undefined;
    return printer.args.some((a) => a.start <= command.start && command.end <= a.end) ? printer : undefined;
}

;// CONCATENATED MODULE: ./src/rules/no-secret-files.ts






/* harmony default export */ const no_secret_files = ({
    id: 'no-secret-files',
    title: 'Secret files should not be copied into the image',
    severity: 'error',
    tags: ['security', 'secrets', 'CWE-538'],
    securitySeverity: 8.0,
    precision: 'high',
    // DS031 flags a credential-file variable (GOOGLE_APPLICATION_CREDENTIALS, …) pointing under a COPY
    // destination of the final stage; this rule does too, in every stage, with more variables, and adds
    // copied key files, deleted-later token files and secret mounts copied out.
    related: { trivy: ['DS031'] },
    cis: ['4.10'],
    rationale: 'Every COPY, ADD and RUN makes a layer, and each layer ships with the image. A private key, `.env` file or token copied in can be read by anyone who pulls the image (`docker save` unpacks every layer), even when a later step deletes it: deleting only hides the file in the layers above.',
    fix: 'Keep secrets out of the build context (list them in `.dockerignore`) and out of COPY. For a build step, mount them just for that RUN: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, or `RUN --mount=type=ssh git clone …` for SSH keys. At run time, mount credential files from your orchestrator\'s secret store.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN apk add --no-cache git openssh-client\nCOPY id_ed25519 /root/.ssh/id_ed25519\nRUN git clone git@github.com:acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n',
        good: 'FROM alpine:3.20\nRUN apk add --no-cache git openssh-client\nRUN --mount=type=ssh git clone git@github.com:acme/app.git /app\nUSER 10001\nCMD ["/app/run"]\n'
    },
    check: function* (dockerfile) {
        for (const stage of dockerfile.stages) {
            const copies = copiesOf(stage);
            yield* copiedSecrets(dockerfile, stage, copies);
            yield* credentialFileVars(dockerfile, stage);
            for (const run of stage.instructions) {
                for (const { secret, target } of secretCopies(run)) {
                    yield { at: target, message: `The secret \`${secret.value}\` is written to \`${target.value}\`, which stays in this layer: read it from the mount where it is needed instead.` };
                }
            }
        }
    }
});
const KEY_IMPORTERS = new Set(['apt-key', 'gpg', 'gpg2', 'rpm', 'rpmkeys']);
const lineOf = (dockerfile, offset) => positionOf(dockerfile.lineStarts, offset).line;
/** Key and token files a COPY adds, and token files a later RUN deletes (which does not remove them). */
function* copiedSecrets(dockerfile, stage, copies) {
    if (!copies.length)
        return;
    const commands = stage.instructions.flatMap((i) => i.shell?.commands ?? []);
    const removals = commands.filter((c) => c.program === 'rm' || c.program === 'shred');
    // A `.key` that apt-key, gpg or rpm imports (also through `cat x.key | gpg --dearmor`) is a public signing key.
    let imported; // only looked for when a `.key` is copied
    const isImported = (name) => (imported ??= new Set(commands.filter((c) => c.pipeline.commands.some((p) => KEY_IMPORTERS.has(effective(p).program))).flatMap((c) => c.args.map((a) => files_basename(a.value))))).has(name);
    for (const copy of copies) {
        const removedLater = (name) => removals.find((c) => c.start > copy.instruction.end && c.args.some((a) => files_basename(a.value) === name));
        for (const source of copy.sources) {
            const kind = secretFile(source.value, copy.destination) ?? secretDirectory(source.value) ?? (copy.intoDirectory ? undefined : secretFile(copy.destination ?? '', copy.destination));
            if (!kind || (/\.key$/i.test(source.value) && isImported(files_basename(source.value))))
                continue;
            const deleted = removedLater(files_basename(source.value)) ? ' Deleting it in a later step does not remove it from this layer.' : '';
            yield { at: source, message: `\`${source.value}\` looks like ${kind}: copied into the image, anyone who pulls the image can read it.${deleted}` };
        }
        for (const name of addedNames(copy)) {
            const removal = TOKEN_CONFIGS.test(name) && !secretFile(name) ? removedLater(name) : undefined;
            const word = removal?.args.find((a) => files_basename(a.value) === name);
            if (word) {
                yield { at: word, message: `\`${name}\` was added by the ${copy.instruction.keyword} on line ${lineOf(dockerfile, copy.instruction.start)}: deleting it here does not remove it from that layer, so the token in it ships with the image.` };
            }
        }
    }
}
/** `ENV GOOGLE_APPLICATION_CREDENTIALS=/app/sa.json` where a COPY of this stage (or one it is built on) puts files. */
function* credentialFileVars(dockerfile, stage) {
    const vars = stage.instructions.filter((i) => i.keyword === 'ENV' && !i.onbuild && i.properties.some((p) => CREDENTIAL_FILE_VARS.has(p.name)));
    const copies = [];
    for (let s = vars.length ? stage : undefined; s; s = s.image.stage)
        copies.push(...copiesOf(s));
    for (const env of vars) {
        for (const p of env.properties) {
            const path = p.value === undefined ? undefined : env.resolve(p.value);
            if (!CREDENTIAL_FILE_VARS.has(p.name) || !path?.startsWith('/') || /^\/(var\/)?run\/secrets\//.test(path))
                continue;
            const copy = copies.find((c) => mayPlace(c, path.replace(/\/+$/, '')));
            if (!copy)
                continue;
            const line = lineOf(dockerfile, copy.instruction.start);
            yield { at: p, message: `\`${p.name}\` points at \`${path}\`, which the ${copy.instruction.keyword} on line ${line} puts into the image: the credential file would ship with it. Mount it at run time instead.` };
        }
    }
}

;// CONCATENATED MODULE: ./src/rules/no-docker-socket.ts
/** The API sockets of container engines: whoever can write to one controls the host. */
const SOCKET = /(^|\/)(docker|podman|containerd|crio)\.sock$/;
/* harmony default export */ const no_docker_socket = ({
    id: 'no-docker-socket',
    title: 'The Docker socket should not be declared as a volume',
    severity: 'error',
    tags: ['security', 'host-isolation', 'CWE-250'],
    securitySeverity: 9.0,
    precision: 'very-high',
    rationale: '`VOLUME /var/run/docker.sock` says the image expects the host\'s Docker socket mounted in. Whoever can talk to that socket can start a privileged container with the host\'s disk mounted, so any bug in this container becomes root on the host.',
    fix: 'Remove the `VOLUME`. If the container truly needs to start containers, give it a narrowly scoped API instead (a socket proxy that allows only the calls it needs, or rootless Docker/Podman), and never to internet-facing services.',
    examples: {
        bad: 'FROM alpine:3.20\nVOLUME /var/run/docker.sock\nUSER 10001\nCMD ["sh"]\n',
        good: 'FROM alpine:3.20\nVOLUME /data\nUSER 10001\nCMD ["sh"]\n'
    },
    check: function* ({ instructions }) {
        for (const instruction of instructions) {
            if (instruction.keyword !== 'VOLUME')
                continue;
            const paths = instruction.json ?? instruction.args.map((a) => a.value);
            for (const [i, path] of paths.entries()) {
                const resolved = instruction.resolve(path)?.replace(/\/+$/, '');
                if (resolved === undefined || !SOCKET.test(resolved))
                    continue;
                // The JSON form's strings have no spans of their own: point at the instruction then.
                const at = instruction.json ? instruction : instruction.args[i];
                yield { at, message: `\`VOLUME ${resolved}\` expects the host's container engine socket mounted in, which gives the container control of the host.` };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/data/mechanisms.ts
const anyValue = () => true;
/** Set to something other than the empty string (a value that cannot be known counts). */
const nonEmpty = (value) => value !== '';
const matching = (pattern) => (value) => value !== undefined && pattern.test(value);
const FALSE = /^["']?(0|false|no|off)["']?$/i;
const TRUE = /^["']?(1|true|yes|on)["']?$/i;
/** The fix of a flag whose removal is the whole fix. */
const remove = () => '';

;// CONCATENATED MODULE: ./src/rules/data/find-mechanisms.ts
// Finds the mechanisms of a table (./mechanisms.ts) in a Dockerfile: in ENV and ARG, in every command
// of every RUN (shell and exec form, ONBUILD triggers included), and in text written into files.




/** One problem per mechanism found, in the order the rows are listed per place. */
function* findMechanisms(dockerfile, table) {
    const say = (quote, row) => `${quote} ${row.effect ?? table.effect}.`;
    for (const instruction of dockerfile.instructions) {
        if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG')
            continue;
        for (const p of instruction.properties) {
            // An ARG without a default is not set unless the build passes it.
            const row = p.value === undefined ? undefined : table.env?.find((r) => r.name.test(p.name) && r.value(instruction.resolve(p.value)));
            if (row)
                yield { at: p, message: say(`\`${instruction.keyword} ${p.name}=${p.value}\``, row) };
        }
    }
    const indexed = index(table);
    for (const { command: written, instruction } of runCommands(dockerfile)) {
        const command = asTool(written);
        const flagRows = indexed.flags.get(command.program);
        const configRows = indexed.configs.get(command.program);
        const assigned = assignments(command);
        if (!flagRows && !configRows && !assigned.length)
            continue; // most commands: nothing this table knows
        const shellForm = !instruction.json;
        // One problem per word: the first row that explains it (most commands have no hit: no set for them).
        let seen;
        for (const row of flagRows ?? NO_ROWS) {
            if (row.when && !row.when(command))
                continue;
            const hit = row.value ? valuedFlag(command, row.flags, row.value) : bareFlag(command, row.flags, row.cluster);
            if (!hit || seen?.has(hit.word))
                continue;
            seen ??= new Set();
            seen.add(hit.word);
            const problem = { at: hit.word, message: say(hit.quote, row) };
            if (row.fix && shellForm && hit.word.raw === hit.word.value)
                problem.fix = replacement(dockerfile.text, hit, row.fix(command));
            yield problem;
        }
        for (const row of configRows ?? NO_ROWS) {
            const hit = configSet(command, row);
            if (!hit || seen?.has(hit.word))
                continue;
            seen ??= new Set();
            seen.add(hit.word);
            yield { at: hit.word, message: say(hit.quote, row) };
        }
        for (const { word, quote } of assigned) {
            const eq = word.value.indexOf('=');
            const row = table.env?.find((r) => r.name.test(word.value.slice(0, eq)) && r.value(word.literal ? word.value.slice(eq + 1) : undefined));
            if (row)
                yield { at: word, message: say(`\`${quote}\``, row) };
        }
    }
    for (const written of writtenTexts(dockerfile)) {
        for (const row of table.text ?? []) {
            if (row.file && !written.files.some((f) => row.file.test(f)))
                continue;
            const match = row.pattern.exec(written.text);
            if (!match)
                continue;
            const at = written.exact ? { start: written.at.start + match.index, end: written.at.start + match.index + match[0].length } : written.at;
            const into = written.files.length ? ` written to \`${written.files[0]}\`` : '';
            yield { at, message: say(`\`${match[0].trim()}\`${into}`, row) };
        }
    }
}
const byProgram = new WeakMap();
function index(table) {
    let indexed = byProgram.get(table);
    if (!indexed) {
        indexed = { flags: new Map(), configs: new Map() };
        for (const row of table.flags ?? [])
            for (const p of row.programs)
                indexed.flags.set(p, [...(indexed.flags.get(p) ?? []), row]);
        for (const row of table.configs ?? [])
            for (const p of row.programs)
                indexed.configs.set(p, [...(indexed.configs.get(p) ?? []), row]);
        byProgram.set(table, indexed);
    }
    return indexed;
}
const NO_ROWS = [];
function bareFlag(command, flags, cluster) {
    for (const word of options(command)) {
        const [name, value] = splitOption(word.value);
        // `--insecure-skip-tls-verify=false` says the opposite.
        if (flags.includes(name) && !(value !== undefined && FALSE.test(value)))
            return { word, quote: `\`${command.program} ${word.value}\`` };
        if (!cluster || word.value.startsWith('--'))
            continue;
        for (let i = 1; i < word.value.length; i++) {
            const letter = word.value[i];
            if (flags.includes('-' + letter))
                return { word, letter: i, quote: `\`-${letter}\` in \`${command.program} ${word.value}\`` };
            if (!cluster.includes(letter))
                break; // the rest of the word is this option's value
        }
    }
    return undefined;
}
function valuedFlag(command, flags, test) {
    const args = options(command);
    for (let i = 0; i < args.length; i++) {
        const [name, inline] = splitOption(args[i].value);
        if (!flags.includes(name))
            continue;
        const word = inline === undefined ? command.args[command.args.indexOf(args[i]) + 1] : args[i];
        const value = inline ?? word?.value;
        if (word && test(word.literal ? value : undefined)) {
            return { word: args[i], quote: `\`${command.program} ${name}${inline === undefined ? ' ' : '='}${value}\`` };
        }
    }
    return undefined;
}
/** The option words of a command, up to `--`. */
function options(command) {
    const end = command.args.findIndex((a) => a.value === '--');
    return (end < 0 ? command.args : command.args.slice(0, end)).filter((a) => a.value.startsWith('-') && a.value !== '-');
}
/** `--name=value` → ['--name', 'value']; `-k` → ['-k', undefined]. */
function splitOption(word) {
    const eq = word.startsWith('--') ? word.indexOf('=') : -1;
    return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1)];
}
/** `<tool> … config|set … <key> <value>` or `… <key>=<value>`. */
function configSet(command, row) {
    const words = positionals(command);
    const verb = words.findIndex((w) => w.value === 'config' || w.value === 'set');
    for (let i = verb + 1; verb >= 0 && i < words.length; i++) {
        const [key, inline] = words[i].value.includes('=') ? splitAt(words[i].value) : [words[i].value, undefined];
        if (!row.key.test(key))
            continue;
        const valueWord = inline === undefined ? words[i + 1] : words[i];
        if (!valueWord)
            return undefined;
        const value = inline ?? valueWord.value;
        if (!row.value(valueWord.literal ? value : undefined))
            return undefined;
        const said = words.slice(0, i).map((w) => w.value).join(' ');
        return { word: words[i], quote: `\`${command.program} ${said} ${key} ${value}\`` };
    }
    return undefined;
}
function splitAt(word) {
    const eq = word.indexOf('=');
    return [word.slice(0, eq), word.slice(eq + 1)];
}
const EXPORTERS = new Set(['export', 'declare', 'typeset']);
/** Environment assignments a command makes: `NAME=v cmd`, `export NAME=v`, `go env -w NAME=v`. */
function assignments(command) {
    const exported = EXPORTERS.has(command.program);
    if (!exported && command.program !== 'go' && !command.assignments.length)
        return NO_ROWS; // most commands set nothing
    const found = command.assignments.map((word) => ({ word, quote: word.value }));
    const goEnv = command.program === 'go' && command.args[0]?.value === 'env' && command.args.some((a) => a.value === '-w');
    if (exported || goEnv) {
        for (const word of command.args) {
            if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word.value))
                found.push({ word, quote: `${goEnv ? 'go env -w' : command.program} ${word.value}` });
        }
    }
    return found;
}
/**
 * The fix that replaces a flag, or drops it: one letter of a cluster, or the word and the blanks after
 * it (before it, at the end of a line).
 */
function replacement(text, { word, letter }, by) {
    if (by)
        return { at: { start: word.start, end: word.end }, text: by };
    if (letter !== undefined && word.value.length > 2) {
        return { at: { start: word.start, end: word.end }, text: word.value.slice(0, letter) + word.value.slice(letter + 1) };
    }
    let start = word.start;
    let end = word.end;
    while (text[end] === ' ' || text[end] === '\t')
        end++;
    if (end === word.end || text[end] === '\n' || text[end] === '\r') {
        end = word.end;
        while (text[start - 1] === ' ' || text[start - 1] === '\t')
            start--;
    }
    return { at: { start, end }, text: '' };
}

;// CONCATENATED MODULE: ./src/rules/data/tls-bypasses.ts
// Every way we know of to switch off TLS certificate verification (or the checksum checks that stand
// in for it) in a Dockerfile: rows F1–F11 of shared/research/rules-union.md, and a few more.


const verb = (...verbs) => (command) => verbs.includes(subcommand(command) ?? '');
const devNull = matching(/^\/dev\/null$/);
const PIP_TRUSTED = 'makes pip accept that host over plain HTTP or with any certificate';
const NO_CA = 'replaces the trusted certificate authorities with an empty file';
const GO_SUMDB_OFF = "turns off Go's checksum database, so downloaded modules are not checked against the public log";
const TLS_BYPASSES = {
    effect: 'disables TLS certificate verification',
    flags: [
        // curl's short options that take no value, so `-k` is found in `-sSLk` but not in `-o/tmp/k`.
        { programs: ['curl'], flags: ['-k', '--insecure', '--proxy-insecure', '--doh-insecure'], cluster: '0123456aBfgGiIjJlLMnNOpqRsSvVZ#:', fix: remove },
        { programs: ['wget'], flags: ['--no-check-certificate'], fix: remove },
        { programs: ['wget'], flags: ['-e', '--execute'], value: matching(/^check_certificate\s*=\s*(off|0|no|false)$/i) },
        { programs: ['pip'], flags: ['--trusted-host'], value: anyValue, effect: PIP_TRUSTED },
        { programs: ['uv'], flags: ['--allow-insecure-host', '--trusted-host'], value: anyValue, effect: 'makes uv accept that host over plain HTTP or with any certificate' },
        { programs: ['git'], flags: ['-c'], value: matching(/^http\.(.+\.)?sslverify=(false|0|no|off)$/i) },
        { programs: ['yum', 'dnf', 'dnf5', 'tdnf', 'microdnf', 'yum-config-manager'], flags: ['--setopt'], value: matching(/^([^=\s]+\.)?sslverify=(0|false|no)$/i) },
        { programs: ['apt-get', 'apt', 'aptitude'], flags: ['-o', '--option'], value: matching(/^Acquire::https::(.+::)?Verify-(Peer|Host)=(false|0|no|off)$/i) },
        { programs: ['helm', 'kubectl', 'oc', 'argocd', 'flux'], flags: ['--insecure-skip-tls-verify'], fix: remove },
        { programs: ['skopeo', 'podman', 'buildah'], flags: ['--tls-verify', '--src-tls-verify', '--dest-tls-verify'], value: matching(FALSE) },
        { programs: ['npm', 'pnpm', 'yarn'], flags: ['--strict-ssl'], value: matching(FALSE) },
        { programs: ['npm', 'pnpm', 'yarn'], flags: ['--no-strict-ssl'], fix: remove },
        // Only where the flag is the tool's own: after `conda run …` or `go run …` it belongs to the program run.
        { programs: ['conda', 'mamba'], flags: ['-k', '--insecure'], when: verb('install', 'create', 'update', 'upgrade', 'search'), fix: remove },
        { programs: ['go'], flags: ['-insecure'], when: verb('get'), fix: remove },
        // PowerShell 7's web cmdlets (their parameter names are lower-cased in the command model).
        { programs: ['invoke-webrequest', 'invoke-restmethod'], flags: ['-skipcertificatecheck'] }
    ],
    configs: [
        { programs: ['npm', 'pnpm', 'yarn'], key: /^strict-ssl$/, value: matching(FALSE) },
        { programs: ['yarn'], key: /^enableStrictSsl$/, value: matching(FALSE) },
        { programs: ['npm', 'pnpm', 'yarn'], key: /^cafile$/, value: devNull, effect: NO_CA },
        { programs: ['git'], key: /^http\.(.+\.)?sslverify$/i, value: matching(FALSE) },
        { programs: ['conda', 'mamba', 'micromamba'], key: /^ssl_verify$/, value: matching(FALSE) },
        { programs: ['composer'], key: /^secure-http$/, value: matching(FALSE), effect: 'lets Composer download packages over plain HTTP' },
        { programs: ['composer'], key: /^disable-tls$/, value: matching(TRUE) },
        { programs: ['pip'], key: /^[a-z]+\.trusted-host$/, value: anyValue, effect: PIP_TRUSTED },
        { programs: ['bundle'], key: /^ssl_verify_mode$/, value: matching(/^0$/) }
    ],
    env: [
        { name: /^PIP_TRUSTED_HOST$/, value: nonEmpty, effect: PIP_TRUSTED },
        { name: /^UV_INSECURE_HOST$/, value: nonEmpty, effect: 'makes uv accept that host over plain HTTP or with any certificate' },
        { name: /^PYTHONHTTPSVERIFY$/, value: matching(/^0$/) },
        { name: /^NODE_TLS_REJECT_UNAUTHORIZED$/, value: matching(/^0$/) },
        { name: /^npm_config_strict_ssl$/i, value: matching(FALSE) },
        { name: /^npm_config_cafile$/i, value: devNull, effect: NO_CA },
        { name: /^YARN_ENABLE_STRICT_SSL$/, value: matching(FALSE) },
        // Git skips verification when this is set at all, whatever the value.
        { name: /^GIT_SSL_NO_VERIFY$/, value: anyValue },
        { name: /^GOINSECURE$/, value: nonEmpty, effect: 'lets Go fetch those modules over plain HTTP or with any certificate' },
        { name: /^GOFLAGS$/, value: matching(/(^|\s)-insecure(\s|=|$)/) },
        { name: /^GOSUMDB$/, value: matching(/^off$/), effect: GO_SUMDB_OFF },
        // `*` matches every module; narrower patterns are the documented way to build private modules.
        { name: /^(GONOSUMDB|GOPRIVATE)$/, value: matching(/(^|,)\*(,|$)/), effect: GO_SUMDB_OFF },
        { name: /^CONDA_SSL_VERIFY$/, value: matching(FALSE) },
        { name: /^BUNDLE_SSL_VERIFY_MODE$/, value: matching(/^0$/) },
        { name: /^(REQUESTS_CA_BUNDLE|CURL_CA_BUNDLE)$/, value: matching(/^$/), effect: "is a known trick to switch off certificate verification (older versions of Python's requests honour it)" },
        { name: /^SSL_CERT_FILE$/, value: devNull, effect: NO_CA }
    ],
    text: [
        { pattern: /Acquire::https::(?:\S+::)?Verify-(?:Peer|Host)\s+"?(?:false|0|no|off)"?/i },
        { pattern: /(?<![\w-])sslverify\s*=\s*(?:0|false|no|off)\b/i },
        { pattern: /(?<![\w-])strict-ssl\s*=\s*false\b/i },
        { pattern: /(?<![\w-])check_certificate\s*=\s*(?:off|0|no|false)\b/i },
        { pattern: /(?<![\w-])ssl_verify\s*:\s*(?:false|no|0)\b/i },
        { pattern: /^[ \t]*trusted-host[ \t]*=[ \t]*\S.*$/m, effect: PIP_TRUSTED },
        { pattern: /^[ \t]*(?:-k|--insecure|insecure)[ \t]*$/m, file: /(^|\/)\.?curlrc$/ }
    ]
};

;// CONCATENATED MODULE: ./src/rules/no-tls-bypass.ts



/* harmony default export */ const no_tls_bypass = ({
    id: 'no-tls-bypass',
    title: 'Do not switch off TLS certificate verification',
    severity: 'error',
    tags: ['security', 'supply-chain', 'CWE-295'],
    securitySeverity: 7.5,
    precision: 'high',
    related: {
        checkov: ['CKV2_DOCKER_2', 'CKV2_DOCKER_3', 'CKV2_DOCKER_4', 'CKV2_DOCKER_5', 'CKV2_DOCKER_6', 'CKV2_DOCKER_12', 'CKV2_DOCKER_13', 'CKV2_DOCKER_14', 'CKV2_DOCKER_15', 'CKV2_DOCKER_16', 'CKV2_DOCKER_18']
    },
    cis: ['4.11'],
    rationale: "TLS certificates are how a download proves it comes from the server you named. With verification off (`curl -k`, `pip --trusted-host`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, PowerShell's `-SkipCertificateCheck`, …), anyone on the network path — a compromised proxy, Wi-Fi or CI network — can hand the build their own package or script, and it runs with the build's privileges and ships in the image. Settings made with `ENV` also stay on in every container started from the image.",
    fix: 'Remove the setting. If a corporate proxy re-signs TLS traffic, add its CA certificate to the image (`COPY corp-ca.crt /usr/local/share/ca-certificates/` then `update-ca-certificates`, or `pip --cert`, `npm config set cafile`, `git config http.sslCAInfo`) instead of trusting everyone.',
    examples: {
        bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n && curl -sSLk -o /tmp/tool.tar.gz https://example.com/tool.tar.gz\nUSER 10001\n',
        good: 'FROM alpine:3.20\nCOPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt\nRUN apk add --no-cache ca-certificates && update-ca-certificates\nUSER 10001\n'
    },
    fixable: true,
    check: function* (dockerfile) {
        yield* findMechanisms(dockerfile, TLS_BYPASSES);
        yield* acceptAllCallbacks(dockerfile);
    }
});
/**
 * PowerShell's `[System.Net.ServicePointManager]::ServerCertificateValidationCallback = { $true }`:
 * every certificate passes for the rest of the script (./shell/powershell.ts lists the assignment as a command).
 */
function* acceptAllCallbacks(dockerfile) {
    for (const { command } of runCommands(dockerfile)) {
        if (command.program !== 'servicepointmanager::servercertificatevalidationcallback')
            continue;
        const value = command.args[0];
        if (value && ACCEPT_ALL.test(value.value)) {
            yield { at: value, message: `\`${command.name} = ${value.value}\` accepts every certificate, so it disables TLS certificate verification.` };
        }
    }
}
/** A scriptblock that returns `$true` whatever it is given (optionally cast to the delegate type). */
const ACCEPT_ALL = /^(\[[\w.]+\])?\{\s*(param\s*\([^)]*\)\s*;?\s*)?(return\s+)?\$true\s*;?\s*\}$/i;

;// CONCATENATED MODULE: ./src/rules/data/signature-bypasses.ts
// Every way we know of to make a package manager install packages whose signature is missing or
// wrong: rows G1–G5 of shared/research/rules-union.md, and their spellings in other tools.


const RPM_TOOLS = ['yum', 'dnf', 'dnf5', 'tdnf', 'microdnf'];
const APT_TOOLS = ['apt-get', 'apt', 'aptitude'];
/** rpm installing or upgrading (`-i`, `-Uvh`, `--install`), not querying (`-qi`) or verifying (`-V`). */
function rpmInstalls(command) {
    return command.args.some((a) => /^--(install|upgrade|freshen|reinstall)$/.test(a.value) || /^-[a-zA-Z]*[iUF]/.test(a.value) && !/^-[a-zA-Z]*[qVKe]/.test(a.value));
}
/** `--force-yes` also answers yes: replacing it with `-y` keeps the build non-interactive. */
const yes = (command) => (hasFlag(command, '-y', '--yes', '--assume-yes') ? '' : '-y');
const SIGNATURE_BYPASSES = {
    effect: 'installs packages without checking their signatures',
    flags: [
        { programs: ['apk'], flags: ['--allow-untrusted'], fix: remove },
        { programs: APT_TOOLS, flags: ['--allow-unauthenticated'], fix: remove },
        { programs: APT_TOOLS, flags: ['--force-yes'], fix: yes, effect: 'turns off signature checks (and allows downgrades); `-y` is the flag that answers yes' },
        { programs: APT_TOOLS, flags: ['-o', '--option'], value: matching(/^APT::Get::AllowUnauthenticated=(true|1|yes)$/i) },
        { programs: RPM_TOOLS, flags: ['--nogpgcheck', '--no-gpgchecks'], fix: remove },
        { programs: [...RPM_TOOLS, 'yum-config-manager'], flags: ['--setopt'], value: matching(/^([^=\s]+\.)?gpgcheck=(0|false|no)$/i) },
        { programs: ['zypper'], flags: ['--no-gpg-checks', '--allow-unsigned-rpm'], fix: remove },
        { programs: ['rpm'], flags: ['--nosignature', '--nodigest', '--noverify', '--nofiledigest'], when: rpmInstalls, fix: remove },
        { programs: ['dpkg'], flags: ['--force-bad-verify'], fix: remove }
    ],
    text: [{ pattern: /APT::Get::AllowUnauthenticated\s+"?(?:true|1|yes)"?/i }]
};

;// CONCATENATED MODULE: ./src/rules/no-signature-bypass.ts


/* harmony default export */ const no_signature_bypass = ({
    id: 'no-signature-bypass',
    title: 'Do not install packages without checking their signatures',
    severity: 'error',
    tags: ['security', 'supply-chain', 'CWE-347'],
    securitySeverity: 8.0,
    precision: 'very-high',
    related: { checkov: ['CKV2_DOCKER_7', 'CKV2_DOCKER_8', 'CKV2_DOCKER_9', 'CKV2_DOCKER_10', 'CKV2_DOCKER_11'] },
    cis: ['4.11'],
    rationale: "Package managers check each package's signature against the distribution's keys, so a mirror, proxy or attacker on the network cannot slip in a modified package. Flags like `--allow-untrusted`, `--allow-unauthenticated`, `--force-yes` and `--nogpgcheck` switch that check off: whatever the network returns is installed as root and ships in the image.",
    fix: "Drop the flag. If the package is your own, sign it and add the public key (`/etc/apk/keys/`, a `signed-by=` keyring for apt, `rpm --import`); if a repository's key is missing, install the distribution's keyring package. Use `-y` rather than `--force-yes` to answer apt's prompts.",
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends --allow-unauthenticated ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
        good: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends ca-certificates \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n'
    },
    fixable: true,
    check: (dockerfile) => findMechanisms(dockerfile, SIGNATURE_BYPASSES)
});

;// CONCATENATED MODULE: ./src/rules/data/untrusted-repositories.ts
// Package sources a build should not trust: repositories whose signatures are not checked, indexes
// served over plain HTTP, and extra indexes that invite dependency confusion (row G6 of
// shared/research/rules-union.md). apt and apk repositories over plain HTTP are not listed: their
// indexes are signed, which is why Debian's own images use http:// mirrors.

const HTTP = matching(/^http:\/\/(?!(localhost|127\.\d+\.\d+\.\d+|\[::1\])([:/]|$))/i);
const PLAIN_HTTP = 'downloads packages over plain HTTP, where anyone on the network path can replace them';
const CONFUSION = 'lets a package of the same name on a second index win (dependency confusion): pip installs the highest version found on any index';
const UNSIGNED_APT = 'makes apt accept this repository without checking its signature';
const UNSIGNED_INDEX = 'lets apt use repositories whose index is not signed';
const UNTRUSTED_REPOSITORIES = {
    effect: PLAIN_HTTP,
    flags: [
        { programs: ['apt-get', 'apt', 'aptitude'], flags: ['--allow-insecure-repositories'], effect: UNSIGNED_INDEX },
        { programs: ['apt-get', 'apt', 'aptitude'], flags: ['-o', '--option'], value: matching(/^Acquire::Allow(Downgrade)?InsecureRepositories=(true|1|yes)$/i), effect: UNSIGNED_INDEX },
        { programs: ['pip', 'uv'], flags: ['-i', '--index-url', '--extra-index-url', '--default-index', '--index'], value: HTTP },
        { programs: ['pip'], flags: ['--extra-index-url'], value: anyValue, effect: CONFUSION },
        { programs: ['npm', 'pnpm', 'yarn'], flags: ['--registry'], value: HTTP }
    ],
    configs: [
        { programs: ['npm', 'pnpm', 'yarn'], key: /^(@[^:]+:)?registry$|^npmRegistryServer$/, value: HTTP },
        { programs: ['pip'], key: /^[a-z]+\.(index-url|extra-index-url)$/, value: HTTP },
        { programs: ['pip'], key: /^[a-z]+\.extra-index-url$/, value: anyValue, effect: CONFUSION }
    ],
    env: [
        { name: /^(PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|UV_INDEX_URL|UV_DEFAULT_INDEX|UV_INDEX|UV_EXTRA_INDEX_URL)$/, value: HTTP },
        { name: /^PIP_EXTRA_INDEX_URL$/, value: nonEmpty, effect: CONFUSION },
        { name: /^(npm_config_registry|YARN_NPM_REGISTRY_SERVER)$/i, value: HTTP }
    ],
    text: [
        // A local `file:`/`copy:` repository (`deb [trusted=yes] file://$tempDir ./`, official nginx) holds
        // .debs built or fetched earlier in the build: no network path, and no signature to check.
        { pattern: /^[ \t]*deb(?:-src)?\s+\[[^\]]*\btrusted=yes\b[^\]]*\](?![ \t]*(?:file|copy):)[^\n]*/im, effect: UNSIGNED_APT },
        { pattern: /^[ \t]*Trusted:\s*yes\b/im, effect: UNSIGNED_APT },
        { pattern: /Acquire::Allow(?:Downgrade)?InsecureRepositories\s+"?(?:true|1|yes)"?/i, effect: UNSIGNED_INDEX },
        // `repo_gpgcheck` (signed metadata) is off by default on most distributions; `gpgcheck` is not.
        { pattern: /(?<![\w.-])gpgcheck\s*=\s*(?:0|false|no)\b/i, effect: 'makes yum/dnf install packages from this repository without checking their signatures' },
        { pattern: /^[ \t]*extra-index-url[ \t]*=[ \t]*\S.*$/m, effect: CONFUSION },
        { pattern: /^[ \t]*index-url[ \t]*=[ \t]*http:\/\/(?!localhost|127\.)\S*/m },
        { pattern: /^[ \t]*(?:@[^:\s]+:)?registry[ \t]*=[ \t]*http:\/\/(?!localhost|127\.)\S*/m }
    ]
};

;// CONCATENATED MODULE: ./src/rules/trusted-package-repositories.ts




/* harmony default export */ const trusted_package_repositories = ({
    id: 'trusted-package-repositories',
    title: 'Install packages only from signed repositories over HTTPS',
    severity: 'warning',
    tags: ['security', 'supply-chain', 'CWE-494'],
    securitySeverity: 7.0,
    precision: 'high',
    cis: ['4.11'],
    rationale: "A package repository is only as trustworthy as the checks on it. `[trusted=yes]` or `gpgcheck=0` turn signature checks off for a whole repository; a Python or npm index over plain HTTP lets anyone on the network path swap packages; `--extra-index-url` lets an attacker publish a higher version of your internal package name on PyPI and have it installed instead. Keys added with `apt-key` are trusted for every repository, so one vendor's leaked key can replace any Debian package.",
    fix: "Add each third-party apt repository with its own keyring: download the key to `/etc/apt/keyrings/<vendor>.asc` and write `deb [signed-by=/etc/apt/keyrings/<vendor>.asc] https://…`. Keep `gpgcheck=1` and a `gpgkey=` in .repo files. Use `https://` index and registry URLs, and a single pip `--index-url` (a proxy such as devpi or Artifactory can merge PyPI and your private index safely).",
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN echo "deb [trusted=yes] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list\nUSER 10001\n',
        good: 'FROM debian:bookworm-slim\nCOPY example.asc /etc/apt/keyrings/example.asc\nRUN echo "deb [signed-by=/etc/apt/keyrings/example.asc] https://apt.example.com stable main" > /etc/apt/sources.list.d/example.list\nUSER 10001\n'
    },
    check: function* (dockerfile) {
        yield* findMechanisms(dockerfile, UNTRUSTED_REPOSITORIES);
        for (const { command } of runCommands(dockerfile)) {
            const verb = command.program === 'apt-key' ? subcommand(command, ['--keyring']) : undefined;
            if (verb === 'add' || verb === 'adv') {
                yield {
                    at: command,
                    message: `\`apt-key ${verb}\` makes apt trust the key for every repository, and apt-key is deprecated (it last ships in Debian 12 and Ubuntu 24.04): save the key to \`/etc/apt/keyrings/\` and name it with \`signed-by=\` in the repository line.`
                };
            }
        }
    }
});

;// CONCATENATED MODULE: ./src/rules/data/toolchains.ts


/** Compilers, build tools and headers (`*-dev`, `*-devel`): what a runtime image does not need. */
const TOOLCHAIN_PACKAGE = /^(build-essential|build-base|alpine-sdk|gcc|gcc-c\+\+|g\+\+|clang|make|cmake|golang|golang-go|golang-[\d.]+(-go)?|go|maven|gradle|cargo|rustc|rust|(gcc|g\+\+|clang)-\d+(\.\d+)?|.+-dev|.+-devel)$/;
/** Official images that are a toolchain, not a runtime. */
const TOOLCHAIN_IMAGES = new Set(['golang', 'rust', 'maven', 'gradle', 'gcc', 'buildpack-deps']);
/** The package name of an install argument: `gcc=4:12.2.0-3` → `gcc`, `libc6-dev:amd64` → `libc6-dev`. */
function packageName(word) {
    return word.split(/[=<>~]/)[0].replace(/:[a-z0-9]+$/, '');
}
/** The toolchain packages a command installs. */
function toolchainPackages(command) {
    return installedPackages(command)
        .map((w) => packageName(w.value))
        .filter((name) => TOOLCHAIN_PACKAGE.test(name));
}
function isToolchainImage(image) {
    const name = image.repository?.replace(/^library\//, '');
    return name !== undefined && !image.registry && TOOLCHAIN_IMAGES.has(name);
}
const BUILDS = table({
    go: ['build', 'install'],
    cargo: ['build', 'install'],
    mvn: ['package', 'install', 'verify', 'compile'],
    mvnw: ['package', 'install', 'verify', 'compile'],
    gradle: ['build', 'assemble', 'jar', 'bootJar', 'installDist'],
    gradlew: ['build', 'assemble', 'jar', 'bootJar', 'installDist'],
    make: true,
    cmake: true,
    gcc: true,
    'g++': true,
    cc: true,
    clang: true,
    rustc: true
});
/** `go build`, `cargo build`, `mvn package`, `./gradlew build`, `make`, `npm run build`, `gcc …`: the name of the step, or undefined. */
function buildStep(command) {
    const verbs = BUILDS[command.program];
    if (verbs === true)
        return command.program;
    const verb = verbs ? subcommand(command) : undefined; // most commands build nothing: no positionals to read
    if (verbs && verb && verbs.includes(verb))
        return `${command.program} ${verb}`;
    const script = ['npm', 'yarn', 'pnpm'].includes(command.program) ? positionals(command).map((w) => w.value) : [];
    if (script[0] === 'build' || (script[0] === 'run' && script[1] === 'build'))
        return `${command.program} ${script.join(' ')}`;
    return undefined;
}
/**
 * True when a later command of the same RUN removes the package again: by name, through the
 * `apk add --virtual` group it was installed in, or with apt's `apt-mark auto … && apt-get purge
 * --auto-remove` idiom (official images use these to build without keeping the toolchain).
 */
function toolchains_removedLater(pkg, install, run) {
    const group = install.program === 'apk' ? flagValue(install, '--virtual', '-t')?.value : undefined;
    let marked = false;
    for (const command of run) {
        if (!runsAfter(command, install))
            continue;
        const [verb, ...names] = positionals(command, ['-o'])
            .map((w) => packageName(w.value));
        if (command.program === 'apt-mark' && verb === 'auto')
            marked = true;
        const removes = REMOVALS[command.program]?.includes(verb ?? '');
        if (!removes)
            continue;
        if (names.includes(pkg) || (group && names.includes(group)))
            return true;
        if (marked && (verb === 'autoremove' || command.args.some((a) => a.value === '--auto-remove' || a.value === '--autoremove')))
            return true;
    }
    return false;
}
const APT_REMOVALS = ['remove', 'purge', 'autoremove'];
const RPM_REMOVALS = ['remove', 'erase', 'autoremove'];
const REMOVALS = table({
    'apt-get': APT_REMOVALS,
    apt: APT_REMOVALS,
    apk: ['del'],
    yum: RPM_REMOVALS,
    dnf: RPM_REMOVALS,
    microdnf: RPM_REMOVALS,
    tdnf: RPM_REMOVALS,
    zypper: ['remove', 'rm']
});

;// CONCATENATED MODULE: ./src/rules/multi-stage-build.ts


/* harmony default export */ const multi_stage_build = ({
    id: 'multi-stage-build',
    title: 'Build in a separate stage so the toolchain stays out of the image',
    severity: 'note',
    tags: ['security', 'attack-surface'],
    securitySeverity: 3.0,
    precision: 'high',
    cis: ['4.3'],
    rationale: "Compilers, headers and build tools are only needed to build. Left in the runtime image they make it several times larger, bring their own vulnerabilities to patch, and give an attacker who gets code execution a ready toolchain to build exploits inside the container.",
    fix: 'Build in a first stage (`FROM golang:1.23 AS build`), then start the final stage from a slim or distroless image and copy only the result: `COPY --from=build /out/app /usr/local/bin/app`.',
    examples: {
        bad: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc libc6-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY hello.c /src/\nRUN gcc -O2 -o /usr/local/bin/hello /src/hello.c\nUSER 10001\nCMD ["hello"]\n',
        good: 'FROM debian:bookworm-slim AS build\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends gcc libc6-dev \\\n && rm -rf /var/lib/apt/lists/*\nCOPY hello.c /src/\nRUN gcc -O2 -o /hello /src/hello.c\n\nFROM debian:bookworm-slim\nCOPY --from=build /hello /usr/local/bin/hello\nUSER 10001\nCMD ["hello"]\n'
    },
    check: function* (dockerfile) {
        const chain = finalStages(dockerfile);
        const runs = chain.reverse().flatMap((stage) => runsOf(stage));
        const step = firstBuildStep(runs);
        const single = dockerfile.stages.length === 1;
        // A multi-stage file has a place to build already: only a final image that also builds in it counts.
        if (!single && !step)
            return;
        for (const run of runs) {
            for (const command of run) {
                const packages = toolchainPackages(command);
                if (!packages.length)
                    continue; // most commands install no toolchain
                const left = [...new Set(packages)].filter((pkg) => !toolchains_removedLater(pkg, command, run));
                if (!left.length)
                    continue;
                const names = left.map((p) => `\`${p}\``).join(', ');
                yield {
                    at: command,
                    message: single
                        ? `${names} ${left.length > 1 ? 'stay' : 'stays'} in this single-stage image: build in a separate stage and copy only the result into a slim runtime stage.`
                        : `The final image installs ${names} and builds in it (\`${step}\`): move the build to a builder stage and copy only the result into the final one.`
                };
                return;
            }
        }
        const base = chain.find((stage) => isToolchainImage(stage.image));
        if (base && step) {
            yield { at: base.from, message: `The final image is built on the \`${base.image.raw}\` toolchain image and builds in it (\`${step}\`): build in this stage, then copy the result into a slim or distroless final stage.` };
        }
    }
});
/** The first build step of the runs (`make`, `go build`, …), if any. */
function firstBuildStep(runs) {
    for (const run of runs) {
        for (const command of run) {
            const step = buildStep(command);
            if (step !== undefined)
                return step;
        }
    }
    return undefined;
}
/** The commands of each RUN of a stage, ONBUILD triggers left out (they run in child images). */
function runsOf(stage) {
    return stage.instructions
        .filter((i) => i.keyword === 'RUN' && !i.onbuild)
        .map((i) => i.shell?.commands ?? []);
}

;// CONCATENATED MODULE: ./src/rules/healthcheck.ts

/* harmony default export */ const healthcheck = ({
    id: 'healthcheck',
    title: 'The final stage should declare a HEALTHCHECK',
    severity: 'note',
    // Orchestrators such as Kubernetes ignore HEALTHCHECK and use their own probes, so this is opt-in.
    enabledByDefault: false,
    tags: ['security', 'availability'],
    securitySeverity: 2.0,
    precision: 'medium',
    related: { hadolint: ['DL3057'], trivy: ['DS026'], checkov: ['CKV_DOCKER_2'], kics: ['b03a748a'] },
    cis: ['4.6'],
    rationale: 'Without a `HEALTHCHECK`, Docker only knows whether the main process is alive, not whether it still answers. A hung or deadlocked service keeps receiving traffic, and Docker Swarm or Compose never restart it or hold back a broken rollout.',
    fix: 'Add a `HEALTHCHECK` to the final stage that asks the app itself whether it is healthy, e.g. `HEALTHCHECK --interval=30s --timeout=3s CMD ["/app/server", "-healthcheck"]`. If the platform probes the container another way (Kubernetes liveness probes), write `HEALTHCHECK NONE` to record that decision.',
    examples: {
        bad: 'FROM alpine:3.20\nCOPY server /usr/local/bin/server\nUSER 10001\nCMD ["server"]\n',
        good: 'FROM alpine:3.20\nCOPY server /usr/local/bin/server\nUSER 10001\nHEALTHCHECK --interval=30s --timeout=3s CMD ["server", "-healthcheck"]\nCMD ["server"]\n'
    },
    check: function* (dockerfile) {
        const chain = finalStages(dockerfile);
        // A HEALTHCHECK (or HEALTHCHECK NONE) in the stage the final one is built FROM is inherited.
        // A `scratch` image with no CMD or ENTRYPOINT holds files only: it runs no process to check.
        if (chain.length === 0 || chain.some((stage) => lastOf(stage, 'HEALTHCHECK')) || isFilesOnly(chain))
            return;
        const from = chain[0].from;
        yield {
            at: from,
            message: `The final stage (\`FROM ${chain[0].image.raw}\`) has no \`HEALTHCHECK\`: add one that asks the app whether it is healthy, or \`HEALTHCHECK NONE\` if the platform probes it another way.`
        };
    }
});

;// CONCATENATED MODULE: ./src/rules/index.ts


// imports: images









// imports: remote-exec





// imports: users









// imports: secrets






// imports: trust





const rules_rules = [
    parse_error,
    no_root_user,
    // rules: images
    pin_base_image,
    pin_image_digest,
    trusted_base_registry,
    no_floating_tag_with_digest,
    prefer_copy,
    verify_remote_add,
    no_plain_http,
    no_insecure_build_options,
    trusted_syntax_frontend,
    // rules: remote-exec
    no_curl_pipe_shell,
    verify_downloads,
    use_pipefail,
    apt_no_install_recommends,
    no_orphan_package_update,
    // rules: users
    missing_user,
    no_sudo,
    no_password_in_image,
    no_setuid,
    no_world_writable,
    no_privilege_grants,
    no_ssh_port,
    no_ssh_server,
    no_privileged_port,
    // rules: secrets
    no_secrets_in_arg_env,
    no_hardcoded_secrets,
    no_credentials_in_run,
    no_build_arg_credentials,
    no_secret_files,
    no_docker_socket,
    // rules: trust
    no_tls_bypass,
    no_signature_bypass,
    trusted_package_repositories,
    multi_stage_build,
    healthcheck,
];

;// CONCATENATED MODULE: ./src/suppressions.ts


const PRAGMA = /^(dockerfile-guard|hadolint)\s+(global\s+)?ignore\s*=\s*(.+)$/i;
function suppressions(dockerfile, rules) {
    const global = new Set();
    const local = [];
    const commentLines = new Set(dockerfile.comments.map((c) => c.line));
    for (const comment of dockerfile.comments) {
        const match = PRAGMA.exec(comment.text);
        if (!match)
            continue;
        const ids = new Set(match[3].split(/[\s,]+/).filter(Boolean).flatMap((id) => ruleIdsFor(id, rules)));
        if (match[2]) {
            ids.forEach((id) => global.add(id));
            continue;
        }
        let next = comment.line + 1;
        while (commentLines.has(next))
            next++;
        const target = dockerfile.instructions.find((i) => !i.onbuild && positionOf(dockerfile.lineStarts, i.start).line === next);
        if (target)
            local.push({ ids, from: next, to: positionOf(dockerfile.lineStarts, target.end).line });
    }
    return {
        covers: (ruleId, line) => global.has(ruleId) || local.some((s) => s.ids.has(ruleId) && line >= s.from && line <= s.to)
    };
}
/** Our rule ids for an id in a pragma: itself, or the rules that name a hadolint code. */
function ruleIdsFor(id, rules) {
    return isHadolintCode(id) ? rulesForHadolintCode(id, rules).map((r) => r.id) : [id];
}

;// CONCATENATED MODULE: ./src/lint.ts





/** The level a rule runs at under these options, or 'off'. */
function levelOf(rule, options) {
    if (rule.deprecated)
        return 'off';
    const configured = options.levels?.[rule.id];
    if (configured)
        return configured;
    if (options.allRules || options.preset === 'strict')
        return rule.severity;
    if (options.preset === 'security' && !rule.tags.includes('security') && rule.id !== 'parse-error')
        return 'off';
    return rule.enabledByDefault === false ? 'off' : rule.severity;
}
function lint(file, options = {}) {
    const rules = options.rules ?? rules_rules;
    let dockerfile;
    try {
        refuseUnsafe(file.text);
        dockerfile = parseDockerfile(file.text);
    }
    catch (error) {
        return [parseFailure(file.path, error)];
    }
    const ignored = suppressions(dockerfile, rules);
    const findings = [];
    for (const rule of rules) {
        const level = levelOf(rule, options);
        if (level === 'off')
            continue;
        try {
            for (const problem of rule.check(dockerfile, options.settings ?? {})) {
                const start = positionOf(dockerfile.lineStarts, problem.at.start);
                if (ignored.covers(rule.id, start.line))
                    continue;
                const end = positionOf(dockerfile.lineStarts, Math.max(problem.at.end, problem.at.start));
                const finding = {
                    path: file.path,
                    ruleId: rule.id,
                    severity: level,
                    message: problem.message,
                    line: start.line,
                    column: start.column,
                    endLine: end.line,
                    endColumn: end.column
                };
                if (problem.fix) {
                    const from = positionOf(dockerfile.lineStarts, problem.fix.at.start);
                    const to = positionOf(dockerfile.lineStarts, problem.fix.at.end);
                    finding.fix = { line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: problem.fix.text };
                }
                findings.push(finding);
            }
        }
        catch (error) {
            // A bug in one rule costs that rule's findings on this file, not the other rules or files.
            findings.push(ruleFailure(file.path, rule, error));
        }
    }
    return findings.sort(byPosition);
}
/** Said as a warning: the file may well be fine, and our bug should not fail the user's build. */
function ruleFailure(path, rule, error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = `dockerfile-guard could not check ${rule.id} on this file (an internal error: ${reason}). The other rules ran; please report it with the file.`;
    return { path, ruleId: rule.id, severity: 'warning', message, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
/** 1 MiB: far above any real Dockerfile, and a bound on the time one file of a pull request can take. */
const MAX_TEXT_LENGTH = 1024 * 1024;
/** dockerfile-ast pairs every comment with every stage, so their product bounds its time too. */
const MAX_STAGES_TIMES_COMMENTS = 1_000_000;
/** Throws, with the reason, for text that is not a Dockerfile or would take unbounded time to parse. */
function refuseUnsafe(text) {
    if (text.includes('\0'))
        throw new Error('the file is binary (it contains NUL bytes), not a Dockerfile');
    if (text.length > MAX_TEXT_LENGTH) {
        throw new Error(`the file is ${(text.length / 1024 / 1024).toFixed(1)} MiB; files over 1 MiB are not linted`);
    }
    if (text.length < 16 * 1024)
        return; // too few lines for the product to matter: skip counting them
    const stages = text.match(/^[ \t]*from[ \t]/gim)?.length ?? 0;
    const comments = stages > 100 ? (text.match(/^[ \t]*#/gm)?.length ?? 0) : 0;
    if (stages * comments > MAX_STAGES_TIMES_COMMENTS) {
        throw new Error(`the file has ${stages} stages and ${comments} comment lines, too many to parse in bounded time; split it`);
    }
}
function parseFailure(path, error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
        path,
        ruleId: parse_error.id,
        severity: parse_error.severity,
        message: `The file could not be parsed: ${reason}`,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
    };
}
function byPosition(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

;// CONCATENATED MODULE: ./src/report/counts.ts
const SEVERITIES = ['error', 'warning', 'note'];
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.severity]++;
    return counts;
}
/** The severities at or above a `fail-on` level (`never`: none), most severe first. */
function atOrAbove(level) {
    return level === 'never' ? [] : SEVERITIES.slice(0, SEVERITIES.indexOf(level) + 1);
}
/** `1 problem`, `3 problems`. */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** The findings of each file, files in the order they first appear. */
function byFile(findings) {
    const files = new Map();
    for (const finding of findings) {
        const inFile = files.get(finding.path);
        if (inFile)
            inFile.push(finding);
        else
            files.set(finding.path, [finding]);
    }
    return files;
}

;// CONCATENATED MODULE: ./src/report/json.ts
function toJsonReport(findings, options) {
    return {
        version: options.version,
        files: options.files,
        findings: findings.map((f) => ({
            file: f.path,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message
        }))
    };
}
/** The report as the CLI prints it. */
function toJson(findings, options) {
    return `${JSON.stringify(toJsonReport(findings, options), null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/version.ts
// The tool's version, shown in reports and SARIF; a test keeps it equal to package.json's.
const VERSION = '0.1.0';
const REPOSITORY_URL = 'https://github.com/dockerfile-guard/dockerfile-guard';
const ruleDocUrl = (id) => `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md`;

;// CONCATENATED MODULE: ./src/report/escape.ts
// Escaping for text we do not control (file names, messages that quote Dockerfile text) in the
// Markdown we post on GitHub. GitHub turns some plain *text* into links after rendering (@mentions,
// #123 references, bare URLs), so backslashes alone cannot stop those: a zero-width space breaks
// them, as Renovate and Dependabot do. Everything here returns one line of inline Markdown.
// Control characters and bidirectional overrides (which can make text read differently from what
// it is) are shown as the replacement character.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[ \t]*(?:\r\n|\r|\n)\s*/g;
// One pass over the text, so the entities inserted here are never escaped again. Every ASCII
// punctuation mark Markdown uses gets a backslash (including GitHub's `$…$` math); `&`, `<`, `>`
// become entities; a zero-width space breaks @mentions, #references and bare URLs.
const TOKEN = /:\/\/|www\.|[\\`*_{}[\]()#+\-.!|~$<>&@:]/gi;
const ZWSP = '&#8203;';
const REPLACEMENT = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '@': `@${ZWSP}`,
    '#': `\\#${ZWSP}`,
    '://': `\\:${ZWSP}//`
};
function escapeToken(token) {
    if (/^www\.$/i.test(token))
        return `${token.slice(0, 3)}${ZWSP}\\.`;
    return REPLACEMENT[token] ?? `\\${token}`;
}
function oneLine(text) {
    return text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '\ufffd');
}
/** Plain text as inert inline Markdown: no formatting, links, images, HTML, mentions or table breaks. */
function escapeMarkdown(text) {
    return oneLine(text).replace(TOKEN, escapeToken);
}
/**
 * Text as one code span. GitHub renders nothing inside a code span, so the only way out is the
 * delimiter (chosen longer than any backtick run inside), a line break, or, in a table, a `|`.
 */
function inlineCode(text, { table = false } = {}) {
    let code = oneLine(text);
    if (table)
        code = code.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // A space keeps a backtick at either end from joining the fence; CommonMark strips it again.
    const pad = code.startsWith('`') || code.endsWith('`') || /^ .* $/.test(code) ? ' ' : '';
    return code.trim() === '' ? escapeMarkdown(text) : `${fence}${pad}${code}${pad}${fence}`;
}
/**
 * A finding message: rules write `code` spans around what they quote, so paired backticks stay
 * code spans and everything between them is escaped. A quoted backtick can only shift which parts
 * are code; it cannot turn any part into live Markdown.
 */
function escapeMessage(message, { table = false } = {}) {
    const parts = message.split('`');
    // An odd number of backticks: the last one has no partner and is plain text.
    if (parts.length % 2 === 0)
        parts.splice(-2, 2, `${parts.at(-2)}\`${parts.at(-1)}`);
    return parts
        .map((part, i) => (i % 2 === 0 ? escapeMarkdown(part) : part === '' ? '\\`\\`' : inlineCode(part, { table })))
        .join('');
}
/** A message in a table cell. */
function escapeTableCell(message) {
    return escapeMessage(message, { table: true });
}
/** A link destination: http(s) only, and nothing that could end the destination early. */
function safeUrl(url) {
    if (!/^https?:\/\//i.test(url))
        return undefined;
    return url.replace(/[\s<>()[\]`"'\\\u0000-\u001f\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
}

;// CONCATENATED MODULE: ./src/report/markdown.ts



const MAX_COMMENT_LENGTH = 65_536;
const ICON = { error: '🔴', warning: '🟡', note: '🔵' };
const RANK = { error: 0, warning: 1, note: 2 };
function toMarkdown(findings, rules, options) {
    const byId = new Map(rules.map((rule) => [rule.id, rule]));
    const maxLength = options.maxLength ?? MAX_COMMENT_LENGTH;
    const head = `${verdict(findings)}\n\n${counts(findings, options.files)}`;
    const footer = footerLine(options.version);
    const appendix = options.appendix ?? '';
    let advice = findings.length ? hardeningAdvice(findings, byId, options.adviceLimit ?? 5) : '';
    // Room for the separators and the "more findings" line; the advice goes first if space is that short.
    const reserve = head.length + appendix.length + footer.length + 400;
    if (reserve + advice.length > maxLength)
        advice = '';
    const tables = fileTables(findings, byId, options, maxLength - reserve - advice.length);
    return [head, tables, advice, appendix, footer].filter(Boolean).join('\n\n') + '\n';
}
function verdict(findings) {
    const counted = countBySeverity(findings);
    if (counted.error)
        return `### ❌ dockerfile-guard found ${plural(counted.error, 'error')}`;
    if (counted.warning)
        return `### ⚠️ dockerfile-guard found ${plural(counted.warning, 'warning')}`;
    if (counted.note)
        return `### ℹ️ dockerfile-guard found ${plural(counted.note, 'note')}`;
    return '### ✅ dockerfile-guard found no problems';
}
function counts(findings, files) {
    const counted = countBySeverity(findings);
    const withFindings = byFile(findings).size;
    const parts = SEVERITIES.map((severity) => `${ICON[severity]} **${counted[severity]}** ${severity}${counted[severity] === 1 ? '' : 's'}`);
    const scope = withFindings ? `in ${withFindings} of ${plural(files, 'Dockerfile')}` : `in ${plural(files, 'Dockerfile')}`;
    return `${parts.join(' · ')} ${scope}`;
}
/** One table per file, row by row until the budget runs out; then a pointer to the full list. */
function fileTables(findings, byId, options, budget) {
    const blocks = [];
    let used = 0;
    let shown = 0;
    for (const [path, inFile] of byFile(findings)) {
        const header = `#### ${escapeMarkdown(path)}\n\n| Line | Severity | Rule | Message |\n| ---: | --- | --- | --- |`;
        const rows = [];
        for (const finding of inFile) {
            const row = tableRow(finding, byId, options);
            const cost = row.length + 1 + (rows.length ? 0 : header.length + 2);
            if (used + cost > budget)
                break;
            rows.push(row);
            used += cost;
        }
        if (rows.length)
            blocks.push(`${header}\n${rows.join('\n')}`);
        shown += rows.length;
        if (rows.length < inFile.length)
            break;
    }
    const hidden = findings.length - shown;
    if (hidden)
        blocks.push(`_${plural(hidden, 'more finding')} not shown here: GitHub limits the length of a comment. The SARIF file and the job log list every finding._`);
    return blocks.join('\n\n');
}
function tableRow(finding, byId, options) {
    const url = options.lineUrl && safeUrl(options.lineUrl(finding.path, finding.line) ?? '');
    const line = url ? `[${finding.line}](${url})` : String(finding.line);
    const rule = byId.has(finding.ruleId) ? `[${finding.ruleId}](${ruleDocUrl(finding.ruleId)})` : escapeMarkdown(finding.ruleId);
    return `| ${line} | ${ICON[finding.severity]} ${finding.severity} | ${rule} | ${escapeTableCell(finding.message)} |`;
}
/** The distinct rules hit, most severe first, each with why it matters and how to fix it. */
function hardeningAdvice(findings, byId, limit) {
    const hits = new Map();
    for (const finding of findings) {
        const rule = byId.get(finding.ruleId);
        if (!rule)
            continue;
        const hit = hits.get(rule.id) ?? { rule, severity: finding.severity, count: 0 };
        hit.count++;
        if (RANK[finding.severity] < RANK[hit.severity])
            hit.severity = finding.severity;
        hits.set(rule.id, hit);
    }
    const ranked = [...hits.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] ||
        (b.rule.securitySeverity ?? 0) - (a.rule.securitySeverity ?? 0) ||
        b.count - a.count);
    if (ranked.length === 0)
        return '';
    const sections = ranked.slice(0, limit).map(({ rule, severity, count }) => [
        `#### ${ICON[severity]} ${rule.title} ([${rule.id}](${ruleDocUrl(rule.id)}), ${plural(count, 'finding')})`,
        rule.rationale,
        `**How to fix:** ${rule.fix}`
    ].join('\n\n'));
    const more = ranked.length > limit ? [`_${plural(ranked.length - limit, 'more rule')} flagged something: see the table above._`] : [];
    return ['### How to harden this image', ...sections, ...more].join('\n\n');
}
function footerLine(version) {
    return [
        '---',
        `<sub>dockerfile-guard ${version} · Silence a finding with \`# dockerfile-guard ignore=<rule-id>\` on the line before the instruction, or set rule levels in \`.dockerfile-guard.yml\` · [All rules](${ruleDocUrl('README')})</sub>`
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/rules/types.ts
/** The linters whose rules ours are mapped to. */
const TOOLS = ['hadolint', 'trivy', 'checkov', 'buildkit', 'kics'];

;// CONCATENATED MODULE: ./src/report/rule-text.ts
// The parts of a rule's explanation that every renderer shares (SARIF help, docs page, the
// "how to harden" advice), written from the rule's metadata only. Rule metadata is ours and
// already Markdown, so it is not escaped; Dockerfile examples go into fences that cannot close early.

const TOOL_NAMES = {
    hadolint: 'hadolint',
    trivy: 'Trivy',
    checkov: 'Checkov',
    buildkit: 'BuildKit (`docker build --check`)',
    kics: 'KICS'
};
/** Where another tool documents one of its rules, for the tools with a stable page per rule. */
function referenceUrl(tool, id) {
    if (tool === 'hadolint' && /^DL\d+$/.test(id))
        return `https://github.com/hadolint/hadolint/wiki/${id}`;
    if (tool === 'hadolint' && /^SC\d+$/.test(id))
        return `https://www.shellcheck.net/wiki/${id}`;
    if (tool === 'buildkit')
        return `https://docs.docker.com/reference/build-checks/${kebab(id)}/`;
    return undefined;
}
function kebab(pascal) {
    return pascal
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
        .toLowerCase();
}
/** `no-root-user` → `NoRootUser` (SARIF's `name`). */
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
}
/** Security severity as GitHub names its bands. */
function rule_text_securityBand(score) {
    return score >= 9 ? 'critical' : score >= 7 ? 'high' : score >= 4 ? 'medium' : 'low';
}
/** A Dockerfile in a fence no line of it can close; control characters shown as symbols (␀). */
function dockerfileBlock(code) {
    const visible = code.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)));
    const longestRun = Math.max(0, ...(visible.match(/`{3,}/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return `${fence}dockerfile\n${visible.replace(/\n$/, '')}\n${fence}`;
}
function referenceList(references) {
    return TOOLS.filter((tool) => references?.[tool]?.length).map((tool) => {
        const ids = references[tool].map((id) => {
            const url = referenceUrl(tool, id);
            return url ? `[${id}](${url})` : `\`${id}\``;
        });
        return `- ${TOOL_NAMES[tool]}: ${ids.join(', ')}`;
    });
}
/** "Same as" / "Related" lists of other tools' rules, or nothing when there are none. */
function otherToolsMarkdown(rule) {
    const same = referenceList(rule.equivalents);
    const related = referenceList(rule.related);
    const parts = [];
    if (same.length)
        parts.push('Catches and passes the same cases as:', '', ...same);
    if (same.length && related.length)
        parts.push('');
    if (related.length)
        parts.push('About the same concern, with different semantics:', '', ...related);
    return parts.join('\n');
}
/** The configuration-file key of each setting; a new setting fails to compile until it is named here. */
const SETTING_KEYS = { trustedRegistries: 'trusted-registries' };
/** YAML single-quoted scalar: always valid, even for `*.example.com`, which plain YAML reads as an alias. */
const yamlString = (value) => `'${value.replace(/'/g, "''")}'`;
/** The `.dockerfile-guard.yml` lines an example assumes (every setting so far is a list of strings). */
function settingsYaml(settings = {}) {
    return Object.keys(SETTING_KEYS)
        .filter((name) => settings[name]?.length)
        .map((name) => `${SETTING_KEYS[name]}: [${settings[name].map(yamlString).join(', ')}]`)
        .join('\n');
}
/** The explanation shown next to an alert (SARIF `help.markdown`) and in the docs page. */
function rule_text_helpMarkdown(rule, heading = '##') {
    const config = settingsYaml(rule.examples.settings);
    const assumes = config ? `With this configuration in \`.dockerfile-guard.yml\`:\n\n\`\`\`yaml\n${config}\n\`\`\`\n\n` : '';
    const sections = [
        `${heading} Why it matters\n\n${rule.rationale}`,
        `${heading} How to fix\n\n${rule.fix}`,
        `${heading} Example\n\n${assumes}Flagged:\n\n${dockerfileBlock(rule.examples.bad)}\n\nFixed:\n\n${dockerfileBlock(rule.examples.good)}`
    ];
    const others = otherToolsMarkdown(rule);
    if (others)
        sections.push(`${heading} In other tools\n\n${others}`);
    return sections.join('\n\n');
}
/** The same explanation as plain text (SARIF `help.text`). */
function helpText(rule) {
    const config = settingsYaml(rule.examples.settings);
    const references = (refs) => TOOLS.filter((tool) => refs?.[tool]?.length).map((tool) => `${tool} ${refs[tool].join(', ')}`);
    const lines = [
        `Why it matters: ${rule.rationale}`,
        `How to fix: ${rule.fix}`,
        ...(config ? [`With this configuration in .dockerfile-guard.yml:\n${config}`] : []),
        `Flagged:\n${rule.examples.bad.replace(/\n$/, '')}`,
        `Fixed:\n${rule.examples.good.replace(/\n$/, '')}`
    ];
    const same = references(rule.equivalents);
    const related = references(rule.related);
    if (same.length)
        lines.push(`Same as: ${same.join('; ')}.`);
    if (related.length)
        lines.push(`Related: ${related.join('; ')}.`);
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./src/report/rule-doc.ts
// A rule's docs page (docs/rules/<id>.md), the docs index, and the rule list the CLI prints for
// `--list-rules`. All of it is rendered from the rule objects, so it cannot drift from them.


const yesNo = (value) => (value ? 'yes' : 'no');
const enabled = (rule) => rule.enabledByDefault !== false;
/** The Markdown page for one rule. */
function ruleDoc(rule) {
    const facts = [
        ['Rule id', `\`${rule.id}\``],
        ['Severity', rule.severity],
        ['Enabled by default', enabled(rule) ? 'yes' : 'no (turn it on in the configuration)'],
        ['Tags', rule.tags.map((tag) => `\`${tag}\``).join(', ')]
    ];
    if (rule.securitySeverity !== undefined) {
        facts.push(['Security severity', `${rule.securitySeverity.toFixed(1)} (${securityBand(rule.securitySeverity)})`]);
    }
    facts.push(['Precision', rule.precision.replace('-', ' ')], ['Automatic fix', yesNo(rule.fixable === true)]);
    if (rule.cis?.length)
        facts.push(['CIS Docker Benchmark', rule.cis.join(', ')]);
    const page = [
        `# ${rule.id}`,
        `**${rule.title}**`,
        ...(rule.deprecated ? ['> [!WARNING]\n> This rule is deprecated: it no longer runs, and its id is kept so it is never reused.'] : []),
        ['| | |', '| --- | --- |', ...facts.map(([name, value]) => `| ${name} | ${value} |`)].join('\n'),
        helpMarkdown(rule),
        configuration(rule)
    ];
    return `${page.join('\n\n')}\n`;
}
function configuration(rule) {
    return [
        '## Configure or suppress',
        `Set the rule's level in \`.dockerfile-guard.yml\`:`,
        ['```yaml', 'rules:', `  ${rule.id}: ${enabled(rule) ? 'off' : rule.severity} # off | note | warning | error`, '```'].join('\n'),
        `Silence one finding with a comment on the line before the instruction, or every finding in a file with a global one:`,
        ['```dockerfile', `# dockerfile-guard ignore=${rule.id}`, `# dockerfile-guard global ignore=${rule.id}`, '```'].join('\n')
    ].join('\n\n');
}
/** docs/rules/README.md: every rule in registry order. */
function rulesIndex(rules) {
    const rows = rules.map((rule) => {
        const security = rule.securitySeverity === undefined ? '' : `${rule.securitySeverity.toFixed(1)} ${securityBand(rule.securitySeverity)}`;
        const hadolint = [...(rule.equivalents?.hadolint ?? []), ...(rule.related?.hadolint ?? []).map((id) => `(${id})`)].join(' ');
        const title = rule.deprecated ? `~~${rule.title}~~ (deprecated)` : rule.title;
        return `| [${rule.id}](${rule.id}.md) | ${title} | ${rule.severity} | ${enabled(rule) ? 'on' : 'off'} | ${security} | ${hadolint} |`;
    });
    return [
        '# Rules',
        'Generated from the rule definitions in `src/rules/` by `npm run docs`; do not edit by hand.',
        'Hadolint codes in parentheses are related rules with different semantics; the others catch and pass the same cases.',
        ['| Rule | What it checks | Severity | Default | Security severity | hadolint |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
    ].join('\n\n') + '\n';
}
/** Every file under docs/rules/, by file name. */
function docFiles(rules) {
    return new Map([['README.md', rulesIndex(rules)], ...rules.map((rule) => [`${rule.id}.md`, ruleDoc(rule)])]);
}
const allTools = (references) => Object.fromEntries(TOOLS.map((tool) => [tool, references?.[tool] ?? []]));
/** `--list-rules --format json`: the rules that run, every tool key always present. */
function ruleList(rules) {
    return rules
        .filter((rule) => !rule.deprecated)
        .map((rule) => ({
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        enabledByDefault: enabled(rule),
        tags: rule.tags,
        securitySeverity: rule.securitySeverity ?? null,
        fixable: rule.fixable === true,
        equivalents: allTools(rule.equivalents),
        related: allTools(rule.related)
    }));
}
/** `--list-rules` as an aligned text table. */
function ruleListText(rules) {
    const rows = ruleList(rules).map((rule) => [
        rule.id,
        rule.severity,
        rule.enabledByDefault ? 'on' : 'off',
        rule.securitySeverity === null ? '-' : rule.securitySeverity.toFixed(1),
        TOOLS.flatMap((tool) => rule.equivalents[tool].map((id) => `${tool}:${id}`)).join(' ') || '-',
        rule.title
    ]);
    const table = [['RULE', 'SEVERITY', 'DEFAULT', 'SECURITY', 'SAME AS', 'TITLE'], ...rows];
    const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
    return table.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/fingerprint.ts
// `partialFingerprints.primaryLocationLineHash`, computed exactly as GitHub's codeql-action does
// (src/fingerprints.ts there), so code scanning tracks our alerts across commits and does not
// recompute different values on upload. A rolling hash over the 100 significant characters from
// the start of each line: spaces and tabs are skipped, \r\n, \r and \n are one newline, and the
// text is read as UTF-16 code units. `:<n>` counts earlier lines with the same hash.
const BLOCK_SIZE = 100;
const MASK = (1n << 64n) - 1n;
const MOD = 37n;
/** 37^100 mod 2^64: the weight of the character that leaves the window. */
const FIRST_MOD = MOD ** BigInt(BLOCK_SIZE) & MASK;
/** Fed once after the last character, then zeros, so the last lines get a full window. */
const EOF = 0xffff;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
/**
 * The fingerprint of every line of `text`: element i is line i + 1. A text ending in a newline has
 * one more (empty) line, as in codeql-action. Only lines up to `lastLine` are returned, and
 * hashing stops once they have their values.
 */
function lineHashes(text, lastLine = Infinity) {
    const window = new Array(BLOCK_SIZE).fill(0);
    // The line that starts at each window slot, or 0 when no line starts there.
    const lineAt = new Array(BLOCK_SIZE).fill(0);
    const seen = new Map();
    const hashes = [];
    let hash = 0n;
    let index = 0;
    let line = 0;
    let atLineStart = true;
    let afterCR = false;
    const emit = () => {
        const hex = hash.toString(16);
        const count = (seen.get(hex) ?? 0) + 1;
        seen.set(hex, count);
        hashes.push(`${hex}:${count}`);
        lineAt[index] = 0;
    };
    const roll = (code) => {
        const leaving = window[index];
        window[index] = code;
        // BigInt `&` works on the two's complement, so this is the unsigned 64-bit wraparound.
        hash = (MOD * hash + BigInt(code) - FIRST_MOD * BigInt(leaving)) & MASK;
        index = (index + 1) % BLOCK_SIZE;
    };
    const read = (code) => {
        if (code === SPACE || code === TAB || (afterCR && code === LF)) {
            afterCR = false;
            return;
        }
        afterCR = code === CR;
        if (afterCR)
            code = LF;
        if (lineAt[index] !== 0)
            emit();
        if (atLineStart) {
            atLineStart = false;
            lineAt[index] = ++line;
        }
        if (code === LF)
            atLineStart = true;
        roll(code);
    };
    for (let i = 0; i < text.length && hashes.length < lastLine; i++)
        read(text.charCodeAt(i));
    if (hashes.length >= lastLine)
        return hashes.slice(0, lastLine);
    read(EOF);
    for (let i = 0; i < BLOCK_SIZE; i++) {
        if (lineAt[index] !== 0)
            emit();
        roll(0);
    }
    return hashes.slice(0, lastLine);
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




// GitHub cuts descriptions longer than this.
const MAX_DESCRIPTION = 1024;
function toSarif(findings, rules, options) {
    const described = rules.filter((rule) => !rule.deprecated);
    const index = new Map(described.map((rule, i) => [rule.id, i]));
    const hashes = fingerprints(findings, options.sources);
    const run = {
        tool: {
            driver: {
                name: 'dockerfile-guard',
                version: options.version,
                informationUri: REPOSITORY_URL,
                rules: described.map(descriptor)
            }
        },
        results: findings.map((finding) => result(finding, index.get(finding.ruleId), hashes.get(finding))),
        columnKind: 'utf16CodeUnits'
    };
    // upload-sarif's convention: everything up to the last `/` is the category.
    if (options.category)
        run.automationDetails = { id: options.category.endsWith('/') ? options.category : `${options.category}/` };
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
}
function descriptor(rule) {
    const properties = { tags: [...rule.tags], precision: rule.precision };
    if (rule.securitySeverity !== undefined)
        properties['security-severity'] = rule.securitySeverity.toFixed(1);
    else
        properties['problem.severity'] = rule.severity === 'note' ? 'recommendation' : rule.severity;
    const configuration = { level: rule.severity };
    if (rule.enabledByDefault === false)
        configuration.enabled = false;
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: truncate(rule.title) },
        fullDescription: { text: truncate(rule.rationale) },
        help: { text: helpText(rule), markdown: rule_text_helpMarkdown(rule) },
        helpUri: ruleDocUrl(rule.id),
        defaultConfiguration: configuration,
        properties
    };
}
function result(finding, ruleIndex, hash) {
    const artifactLocation = artifact(finding.path);
    const result = {
        ruleId: finding.ruleId,
        ...(ruleIndex === undefined ? {} : { ruleIndex }),
        level: finding.severity,
        message: { text: finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation,
                    region: { startLine: finding.line, startColumn: finding.column, endLine: finding.endLine, endColumn: finding.endColumn }
                }
            }
        ]
    };
    if (hash)
        result.partialFingerprints = { primaryLocationLineHash: hash };
    if (finding.fix) {
        const { line, column, endLine, endColumn, text } = finding.fix;
        result.fixes = [
            {
                description: { text: 'Apply the mechanical fix.' },
                artifactChanges: [
                    {
                        artifactLocation,
                        replacements: [{ deletedRegion: { startLine: line, startColumn: column, endLine, endColumn }, insertedContent: { text } }]
                    }
                ]
            }
        ];
    }
    return result;
}
/** A path relative to the repository root (`/`-separated, percent-encoded); an absolute one as a file: URI. */
function artifact(path) {
    const slashed = path.replace(/\\/g, '/');
    const encode = (segments) => segments.split('/').map(encodeURIComponent).join('/');
    if (slashed.startsWith('/'))
        return { uri: `file://${encode(slashed)}` };
    if (/^[A-Za-z]:\//.test(slashed))
        return { uri: `file:///${slashed.slice(0, 2)}${encode(slashed.slice(2))}` };
    return { uri: encode(slashed.replace(/^(\.\/)+/, '')), uriBaseId: '%SRCROOT%' };
}
/** The fingerprint of each finding whose file text we have, hashing each file once. */
function fingerprints(findings, sources) {
    const byFinding = new Map();
    if (!sources)
        return byFinding;
    for (const [path, inFile] of byFile(findings)) {
        const text = sources.get(path);
        if (text === undefined)
            continue;
        const hashes = lineHashes(text, inFile.reduce((last, finding) => Math.max(last, finding.line), 0));
        for (const finding of inFile) {
            const hash = hashes[finding.line - 1];
            if (hash)
                byFinding.set(finding, hash);
        }
    }
    return byFinding;
}
function truncate(text) {
    return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}

;// CONCATENATED MODULE: ./src/report/text.ts

const STYLE = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1 };
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', note: 'cyan' };
// Dockerfile text quoted in a message must not drive the terminal (escape sequences, carriage
// returns that overwrite the line), so control characters are shown as symbols (␛, ␍).
const printable = (text) => text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\u007f' ? '\u2421' : String.fromCharCode(0x2400 + c.charCodeAt(0))));
function toText(findings, options) {
    const paint = (style, text) => (options.color ? `\u001b[${STYLE[style]}m${text}\u001b[0m` : text);
    const groups = byFile(findings);
    // One block per file, lines in `path:line:col` form that terminals and editors link.
    const blocks = [...groups].map(([path, inFile]) => {
        const rows = inFile.map((f) => ({ finding: f, at: `${printable(path)}:${f.line}:${f.column}` }));
        const atWidth = rows.reduce((width, row) => Math.max(width, row.at.length), 0);
        const lines = rows.map(({ finding, at }) => {
            const severity = paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(7));
            return `${paint('dim', at.padEnd(atWidth))}  ${severity}  ${printable(finding.message)}  ${paint('dim', `[${finding.ruleId}]`)}`;
        });
        return lines.join('\n');
    });
    return [...blocks, summary(findings, options.files ?? groups.size, paint)].join('\n\n') + '\n';
}
function summary(findings, files, paint) {
    if (findings.length === 0)
        return `No problems in ${plural(files, 'file')}.`;
    const counts = countBySeverity(findings);
    const worst = counts.error ? 'red' : counts.warning ? 'yellow' : 'cyan';
    const detail = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')}`;
    return paint('bold', paint(worst, `${plural(findings.length, 'problem')} (${detail}) in ${plural(files, 'file')}`));
}

;// CONCATENATED MODULE: ./src/cli.ts
// The command line: `dockerfile-guard [paths…]`. Same engine and reports as the action, no GitHub.
// `main` does all the work against an injected `Io`, so tests run it in-process; the bootstrap at
// the bottom runs it when this file (or its ncc bundle) is the program.



















const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const FAIL_ON = ['error', 'warning', 'note', 'never'];
const STDIN_PATH = '<stdin>';
const USAGE = `Usage: dockerfile-guard [options] [paths...]

Lints Dockerfiles for security and correctness problems, and explains how to fix them.
Paths may be files, directories (searched for ${DEFAULT_PATTERNS.map((p) => p.replace('**/', '')).join(', ')})
or - for standard input. Without paths, the current directory is searched.

Options:
  -f, --format <format>  text (default), json, sarif or markdown
      --fail-on <level>  exit 1 on findings at or above: error (default), warning, note or never
  -c, --config <file>    the configuration file (default: .dockerfile-guard.yml or .yaml, else
                         .hadolint.yaml or .yml, in the current directory)
      --all-rules        also run the rules that are off by default
      --fix              apply the mechanical fixes to the files, then report what is left
      --list-rules       list the rules (with --format json: their metadata) and exit
  -h, --help             show this help and exit
  -v, --version          print the version and exit

Exit status: 0 no findings at or above --fail-on, 1 findings, 2 usage or file errors.
`;
/** Runs the CLI and returns its exit code; never throws for bad input or unreadable files. */
async function cli_main(argv, io) {
    const say = (message) => io.stderr.write(`dockerfile-guard: ${message}\n`);
    let args;
    try {
        args = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            options: {
                format: { type: 'string', short: 'f', default: 'text' },
                'fail-on': { type: 'string' },
                config: { type: 'string', short: 'c' },
                'all-rules': { type: 'boolean', default: false },
                fix: { type: 'boolean', default: false },
                'list-rules': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h', default: false },
                version: { type: 'boolean', short: 'v', default: false }
            }
        });
    }
    catch (e) {
        // parseArgs' own message goes on about `--`; the option's name is what the user needs.
        const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'([^']+)'/.exec(e.message);
        return usageError(io, unknown ? `unknown option '${unknown[1]}'` : e.message);
    }
    const { values, positionals } = args;
    const format = values.format;
    if (!FORMATS.includes(format))
        return usageError(io, `unknown format '${format}' (expected ${FORMATS.join(', ')})`);
    if (values['fail-on'] !== undefined && !FAIL_ON.includes(values['fail-on'])) {
        return usageError(io, `unknown --fail-on level '${values['fail-on']}' (expected ${FAIL_ON.join(', ')})`);
    }
    if (values.fix && positionals.includes('-'))
        return usageError(io, '--fix cannot write back to standard input');
    if (values.help) {
        io.stdout.write(USAGE);
        return 0;
    }
    if (values.version) {
        io.stdout.write(`${VERSION}\n`);
        return 0;
    }
    if (values['list-rules']) {
        if (format !== 'text' && format !== 'json')
            return usageError(io, '--list-rules prints text or json');
        io.stdout.write(format === 'json' ? `${JSON.stringify(ruleList(rules_rules), null, 2)}\n` : ruleListText(rules_rules));
        return 0;
    }
    // A policy that cannot be read is not replaced by the defaults: the user would trust a result that is not theirs.
    let config;
    try {
        config = await loadConfig(io.cwd, rules_rules, { explicit: values.config, confined: false });
    }
    catch (e) {
        if (!(e instanceof ConfigError))
            throw e;
        say(e.message);
        return 2;
    }
    for (const note of config.notes)
        say(`${config.path}: ${note}`);
    const failOn = (values['fail-on'] ?? config.failOn ?? 'error');
    const options = { preset: config.preset, levels: config.levels, settings: config.settings, allRules: values['all-rules'] };
    // Problems with one path are reported and the other files are still linted; they only change the exit code.
    const { targets, errors, notes } = await collect(positionals.length ? positionals : ['.'], io.cwd, config.ignorePaths);
    for (const message of [...errors, ...notes])
        say(message);
    let failed = errors.length > 0;
    const findings = [];
    const sources = new Map();
    let fixed = 0;
    for (const target of targets) {
        try {
            let text = target.absolute === undefined ? await readDockerfileStream(io.stdin, STDIN_PATH) : await readDockerfile(target.absolute);
            let found = lint({ path: target.display, text }, options);
            if (values.fix && target.absolute !== undefined) {
                const result = fix(text, found, (next) => lint({ path: target.display, text: next }, options));
                if (result.text !== text)
                    await (0,promises_namespaceObject.writeFile)(target.absolute, result.text).catch((e) => Promise.reject(new FileError(target.display, `fixes not written: ${describeError(e)}`)));
                fixed += found.length - result.findings.length;
                ({ text, findings: found } = result);
            }
            sources.set(target.display, text);
            findings.push(...found);
        }
        catch (e) {
            if (!(e instanceof FileError))
                throw e;
            say(`${target.display}: ${e.reason}`);
            failed = true;
        }
    }
    const files = sources.size;
    if (values.fix && fixed > 0)
        say(`fixed ${plural(fixed, 'problem')}`);
    if (format === 'text')
        io.stdout.write(toText(findings, { color: wantsColor(io), files }));
    else if (format === 'json')
        io.stdout.write(toJson(findings, { version: VERSION, files }));
    else if (format === 'markdown')
        io.stdout.write(toMarkdown(findings, rules_rules, { version: VERSION, files }));
    else
        io.stdout.write(`${JSON.stringify(toSarif(findings, rules_rules, { version: VERSION, sources }), null, 2)}\n`);
    if (failed)
        return 2;
    const failing = atOrAbove(failOn);
    return findings.some((f) => failing.includes(f.severity)) ? 1 : 0;
}
/**
 * Applies the fixes and lints again, until nothing more is fixable (a fix that overlapped another
 * is applied on the next pass), at most a few passes.
 */
function fix(text, findings, relint) {
    for (let pass = 0; pass < 5; pass++) {
        const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
        const next = fixes.length ? applyFixes(text, fixes) : text;
        if (next === text)
            break;
        [text, findings] = [next, relint(next)];
    }
    return { text, findings };
}
/**
 * The files the paths name: files as given (whatever their name), directories searched, `-` once.
 * Files a directory search finds that match `ignorePaths` (relative to the cwd) are left out.
 * `errors` make the exit code 2; `notes` (symlinks not followed) are only said.
 */
async function collect(paths, cwd, ignorePaths) {
    const ignored = globMatcher(ignorePaths);
    const targets = [];
    const errors = [];
    const notes = [];
    const seen = new Set();
    const add = (target) => {
        const key = target.absolute ?? STDIN_PATH;
        if (!seen.has(key))
            targets.push(target);
        seen.add(key);
    };
    for (const path of paths) {
        if (path === '-') {
            add({ display: STDIN_PATH });
            continue;
        }
        const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, path);
        const info = await (0,promises_namespaceObject.stat)(absolute).catch((e) => describeError(e));
        if (typeof info === 'string') {
            errors.push(`${toSlashes(path)}: ${info}`);
        }
        else if (!info.isDirectory()) {
            add({ absolute, display: displayPath(cwd, absolute) });
        }
        else {
            const found = await findDockerfiles(absolute);
            const where = (problem) => `${displayPath(cwd, (0,external_node_path_namespaceObject.resolve)(absolute, problem.path))}: ${problem.message}`;
            errors.push(...found.errors.map(where));
            notes.push(...found.skipped.map(where));
            if (found.files.length === 0)
                errors.push(`${toSlashes(path)}: no Dockerfile found`);
            for (const file of found.files) {
                const inside = (0,external_node_path_namespaceObject.resolve)(absolute, file);
                const display = displayPath(cwd, inside);
                if (!ignored(display))
                    add({ absolute: inside, display });
            }
        }
    }
    return { targets, errors, notes };
}
function displayPath(cwd, absolute) {
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, absolute);
    return toSlashes(rel === '' ? '.' : (0,external_node_path_namespaceObject.isAbsolute)(rel) ? absolute : rel);
}
/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
function wantsColor(io) {
    return io.stdout.isTTY === true && !io.env.NO_COLOR;
}
function usageError(io, message) {
    io.stderr.write(`dockerfile-guard: ${message}\nTry 'dockerfile-guard --help'.\n`);
    return 2;
}
function isProgram() {
    const script = process.argv[1];
    if (!script)
        return false;
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(script) === (0,external_node_fs_namespaceObject.realpathSync)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    }
    catch {
        return false;
    }
}
if (isProgram()) {
    // A closed pipe (`dockerfile-guard | head`) is not an error of ours.
    process.stdout.on('error', (e) => {
        if (e.code === 'EPIPE')
            process.exit(process.exitCode ?? 0);
    });
    const io = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env };
    cli_main(process.argv.slice(2), io).then((code) => (process.exitCode = code), (e) => {
        process.stderr.write(`dockerfile-guard: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        process.exitCode = 2;
    });
}

var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
