# bash completion for news-index: its commands, each command's options and
# their values, files and folders. Installed as
# bash-completion/completions/news-index.

_news_index() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="add sync inspect sources remove stats compact config init reshard rebuild"
  local write="--db --lock-timeout --quiet --log-format --batch-size --retry-failed --jobs"
  local read="--max-file-size --map --no-entities --file-dates"
  local command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
    --db | --config) ((i++)) ;;
    -*) ;;
    *) command=${COMP_WORDS[i]}; break ;;
    esac
  done
  case $prev in
  --db) COMPREPLY=($(compgen -f -- "$cur")); return ;; # a folder, or a stub file
  --config) COMPREPLY=($(compgen -f -- "$cur")); { compopt -o filenames 2>/dev/null || true; }; return ;;
  --remote) return ;;
  --log-format) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
  --format | -f)
    if [[ $command == inspect ]]; then
      COMPREPLY=($(compgen -W "text jsonl" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "text json" -- "$cur"))
    fi
    return ;;
  --map) COMPREPLY=($(compgen -W "id= title= body= date= url= source= author= dateline= language=" -- "$cur"))
    { compopt -o nospace 2>/dev/null || true; }; return ;;
  --lock-timeout | --batch-size | --jobs | -j | --max-file-size | --shards) return ;;
  esac
  local options
  case $command in
  "") options="--help --version --db --config"
    if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$commands" -- "$cur")); return; fi ;;
  add) options="--help --config $write $read" ;;
  sync) options="--help --config --dry-run $write $read" ;;
  inspect) options="--help --config --format --explain $read --db" ;;
  sources) options="--help --db --config --failed --skipped --format" ;;
  config) options="--help --db --config" ;;
  stats) options="--help --db --config --format --allow-partial" ;;
  remove | compact | rebuild) options="--help --config $write" ;;
  init) options="--help --db --shards --remote" ;;
  reshard) options="--help --db --config --lock-timeout --quiet" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ $command == add || $command == sync || $command == inspect || $command == remove ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
    { compopt -o filenames 2>/dev/null || true; }
  fi
  return 0
}
complete -F _news_index news-index
